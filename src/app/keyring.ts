import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvidentError } from '../core/errors.ts';
import { type BlobKey, keyIdOf } from '../ledger/blobs/blob-cipher.ts';

/**
 * Blob keys live in `.evident/keys/blob-<id>.key` (base64, mode 0600); `current` names the one new blobs
 * are encrypted under. EVIDENT_KEY (32 bytes, base64 or hex) overrides the current key without touching
 * disk, for deployments that keep keys in a secret manager. Older keys stay so older blobs decrypt.
 */
export type Keyring = { current: BlobKey; all: Map<string, Buffer> };

const CURRENT = 'current';

export function parseKey(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32)
    throw new EvidentError('bad_config', `${where}: expected a 32-byte key (base64 or hex)`);
  return key;
}

export function writeSecret(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export function createBlobKey(keysDir: string): BlobKey {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  const id = keyIdOf(key);
  writeSecret(join(keysDir, `blob-${id}.key`), `${key.toString('base64')}\n`);
  writeFileSync(join(keysDir, CURRENT), `${id}\n`);
  return { id, key };
}

export function loadKeyring(keysDir: string, env: NodeJS.ProcessEnv = process.env): Keyring {
  const all = new Map<string, Buffer>();
  if (existsSync(keysDir)) {
    for (const f of readdirSync(keysDir)) {
      const m = /^blob-(k[0-9a-f]{15})\.key$/.exec(f);
      if (!m?.[1]) continue;
      const key = parseKey(readFileSync(join(keysDir, f), 'utf8'), join(keysDir, f));
      if (keyIdOf(key) !== m[1]) throw new EvidentError('integrity', `${f}: the key does not match its id`);
      all.set(m[1], key);
    }
  }
  if (env.EVIDENT_KEY) {
    const key = parseKey(env.EVIDENT_KEY, 'EVIDENT_KEY');
    const id = keyIdOf(key);
    all.set(id, key);
    return { current: { id, key }, all };
  }
  const currentFile = join(keysDir, CURRENT);
  const id = existsSync(currentFile) ? readFileSync(currentFile, 'utf8').trim() : undefined;
  const key = id ? all.get(id) : undefined;
  if (!id || !key) {
    throw new EvidentError('bad_config', `no blob key in ${keysDir}: run "evident init", or set EVIDENT_KEY`);
  }
  return { current: { id, key }, all };
}
