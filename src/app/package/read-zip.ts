import { type Entry, fromBuffer, type ZipFile } from 'yauzl';
import { EvidentError } from '../../core/errors.ts';

/** More than this uncompressed is refused: a package is read whole, and a zip bomb must not exhaust memory. */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

export type ZipContents = { files: Map<string, Buffer>; duplicates: string[] };

/**
 * Reads every file of a zip into memory, by path. yauzl checks each entry's name (no absolute paths, no
 * `..`) and its sizes against the central directory; anything malformed is bad input naming `where`.
 * A path listed twice is kept once and reported in `duplicates`, as the verifier must say so.
 */
export function readZip(bytes: Buffer, where: string): Promise<ZipContents> {
  const bad = (cause: unknown) =>
    new EvidentError('bad_input', `${where}: not a readable zip archive (${(cause as Error).message})`, {
      cause,
    });
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) => {
      if (err || !zip) return reject(bad(err));
      const files = new Map<string, Buffer>();
      const duplicates: string[] = [];
      let total = 0;
      const fail = (e: unknown) => {
        zip.close();
        reject(e instanceof EvidentError ? e : bad(e));
      };
      zip.on('error', fail);
      zip.on('end', () => resolve({ files, duplicates }));
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        total += entry.uncompressedSize;
        if (total > MAX_UNPACKED_BYTES)
          return fail(
            new EvidentError('bad_input', `${where}: unpacks to more than ${MAX_UNPACKED_BYTES} bytes`),
          );
        readEntry(zip, entry).then((data) => {
          if (files.has(entry.fileName)) duplicates.push(entry.fileName);
          else files.set(entry.fileName, data);
          zip.readEntry();
        }, fail);
      });
      zip.readEntry();
    });
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
