import { readFileSync } from 'node:fs';
import { EvidentError } from '../../core/errors.ts';
import { checkPackage, type PackageReport } from './check-package.ts';
import { readZip } from './read-zip.ts';

/**
 * `evident verify --package FILE [--key FILE]`: checks an audit package offline, with no database and no
 * programme (docs/package.md). `keyFile` is the ledger's verifier key as management handed it over.
 */
export async function verifyPackage(
  file: string,
  keyFile?: string,
): Promise<PackageReport & { package: string }> {
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (cause) {
      throw new EvidentError('not_found', `cannot read ${what} ${path}: ${(cause as Error).message}`, {
        cause,
      });
    }
  };
  const { files, duplicates } = await readZip(read(file, 'the package'), file);
  const key = keyFile ? read(keyFile, 'the key file').toString('utf8') : undefined;
  return { package: file, ...checkPackage(files, duplicates, key) };
}
