import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of the shared, read-only test data that sits beside the repository (`../shared`, as on every
 * machine that checks this project out): real scanner outputs, NIST's OSCAL schemas. Fails clearly,
 * naming the path, when the folder is not there.
 */
export function sharedFixture(...path: string[]): string {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared');
  const file = join(root, 'fixtures', ...path);
  if (!existsSync(file))
    throw new Error(`missing shared test data ${file}: check out the shared folder beside the repository`);
  return file;
}
