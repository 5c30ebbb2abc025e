import { ZipFile } from 'yazl';

export type ZipEntry = { path: string; data: Uint8Array | string };

/** A fixed timestamp, so the same entries always give the same zip bytes. */
const MTIME = new Date(Date.UTC(2000, 0, 1));

/** Writes entries into an in-memory zip (deflated, deterministic). */
export function zipBytes(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries)
    zip.addBuffer(typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data), e.path, {
      mtime: MTIME,
      mode: 0o100644,
    });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
