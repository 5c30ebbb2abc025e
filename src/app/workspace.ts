import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvidentError } from '../core/errors.ts';
import { generateSigner } from '../ledger/checkpoint/keys.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { createBlobKey, type Keyring, loadKeyring, writeSecret } from './keyring.ts';
import { type Opened, openProgramme } from './open-programme.ts';

/** Evident's own state inside a programme folder; never committed (it holds keys and the database). */
export const STATE_DIR = '.evident';

export const workspacePaths = (dir: string) => {
  const state = join(dir, STATE_DIR);
  const keys = join(state, 'keys');
  return {
    state,
    keys,
    database: join(state, 'evidence.db'),
    signer: join(keys, 'ledger-signer.key'),
    verifier: join(state, 'ledger.vkey'),
  };
};

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'evident';

/** Creates `.evident/` with a blob key and the ledger's Ed25519 signing key, unless they exist. */
export function ensureWorkspace(dir: string, organisation: string): ReturnType<typeof workspacePaths> {
  const paths = workspacePaths(dir);
  mkdirSync(paths.keys, { recursive: true, mode: 0o700 });
  const ignore = join(paths.state, '.gitignore');
  if (!existsSync(ignore))
    writeFileSync(ignore, '# Evident state: keys and the evidence database. Never commit.\n*\n');
  if (!existsSync(join(paths.keys, 'current'))) createBlobKey(paths.keys);
  if (!existsSync(paths.signer)) {
    const { signerKey, verifierKey } = generateSigner(`evident-${slug(organisation)}`);
    writeSecret(paths.signer, `${signerKey}\n`);
    writeFileSync(paths.verifier, `${verifierKey}\n`);
  }
  return paths;
}

export type Workspace = Opened & {
  store: Store;
  keyring: Keyring;
  signerKey: string;
  verifierKey: string;
  origin: string;
  location: string;
};

/** The storage location: EVIDENT_DATABASE_URL, else evident.yaml `storage.url`, else the SQLite file. */
export function storageLocation(dir: string, url: string | undefined, env: NodeJS.ProcessEnv): string {
  if (env.EVIDENT_DATABASE_URL) return env.EVIDENT_DATABASE_URL;
  if (url?.startsWith('env:')) {
    const value = env[url.slice(4)];
    if (!value) throw new EvidentError('bad_config', `storage.url names ${url.slice(4)}, which is not set`);
    return value;
  }
  return url ?? workspacePaths(dir).database;
}

/** Opens the programme, its keys and its store (migrating it); the caller closes `store`. */
export async function openWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<Workspace> {
  const opened = openProgramme(dir);
  const paths = ensureWorkspace(opened.programme.dir, opened.programme.organisation.name);
  const location = storageLocation(opened.programme.dir, opened.programme.storage.url, env);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    throw new EvidentError('io', `cannot open the evidence store: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const signerKey = readFileSync(paths.signer, 'utf8').trim();
  const verifierKey = readFileSync(paths.verifier, 'utf8').trim();
  // The origin names this log in its checkpoints; the random part tells apart two ledgers of one company.
  const origin = await store.initMeta(
    'origin',
    `evident/${slug(opened.programme.organisation.name)}/${randomBytes(4).toString('hex')}`,
  );
  return {
    ...opened,
    store,
    keyring: loadKeyring(paths.keys, env),
    signerKey,
    verifierKey,
    origin,
    location,
  };
}
