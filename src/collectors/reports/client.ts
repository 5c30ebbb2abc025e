import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { EvidentError } from '../../core/errors.ts';

/** Report files are JSON; SARIF files are often named `.sarif` (or `.sarif.json`). */
const REPORT_FILE = /\.(json|sarif)$/i;

export type ReportFile = {
  /** The path inside the folder, with `/` separators: the file's name in evidence and in messages. */
  name: string;
  path: string;
};

/** The report files in `folder` (hidden files and other extensions are ignored), in a stable order. */
export async function listReportFiles(
  folder: string,
  options: { recursive: boolean; signal: AbortSignal },
): Promise<ReportFile[]> {
  const info = await stat(folder).catch((e: NodeJS.ErrnoException) => {
    throw new EvidentError('io', `reports folder ${folder} cannot be read (${e.code ?? e.message})`, {
      cause: e,
    });
  });
  if (!info.isDirectory()) throw new EvidentError('bad_config', `reports path ${folder} is not a folder`);
  const out: ReportFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    options.signal.throwIfAborted();
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      // Follow symbolic links to files (a `latest.json` link is common); never recurse through links.
      const isFile =
        entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile());
      if (isFile && REPORT_FILE.test(entry.name)) {
        out.push({ name: relative(folder, path).split(sep).join('/'), path });
      } else if (entry.isDirectory() && options.recursive) {
        await walk(path);
      }
    }
  };
  await walk(folder);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The file's bytes and modification time; a file over `maxBytes` is refused before it is read. */
export async function readReportFile(
  file: ReportFile,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ bytes: Uint8Array; modifiedAt: Date }> {
  const info = await stat(file.path);
  if (info.size > maxBytes) {
    throw new EvidentError(
      'bad_input',
      `${file.name}: ${info.size} bytes is over the limit of ${maxBytes} bytes (option max_file_mb)`,
    );
  }
  const bytes = await readFile(file.path, { signal });
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), modifiedAt: info.mtime };
}
