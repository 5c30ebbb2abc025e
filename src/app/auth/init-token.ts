import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EvidentError } from '../../core/errors.ts';
import type { Store } from '../../store/store.ts';
import { writeSecret } from '../keyring.ts';
import { type AccessTokenRow, mintAccessToken } from './access-token.ts';

/**
 * The admin token `evident init` prints waits here (its hash only) until the store is first opened for
 * tokens: init makes no database, because the storage location (EVIDENT_DATABASE_URL, `storage.url`)
 * may still be set after init (docs/storage.md).
 */
const FILE = 'init-token.json';

export function writeInitToken(stateDir: string, now = new Date()): string {
  const { token, row } = mintAccessToken('admin', 'created by evident init', now);
  writeSecret(join(stateDir, FILE), `${JSON.stringify(row)}\n`);
  return token;
}

/** Moves a waiting init token into the store (once; a second process finds it stored already). */
export async function adoptInitToken(stateDir: string, store: Store): Promise<void> {
  const file = join(stateDir, FILE);
  if (!existsSync(file)) return;
  let row: AccessTokenRow;
  try {
    row = JSON.parse(readFileSync(file, 'utf8')) as AccessTokenRow;
  } catch (cause) {
    throw new EvidentError('bad_config', `${file} is not the token evident init wrote`, { cause });
  }
  await store.access.addToken(row);
  rmSync(file, { force: true });
}
