import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { startTestPostgres, type TestPostgres } from '../../../test/support/postgres.ts';
import { selfSignedCert } from '../../../test/support/self-signed-cert.ts';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import { type CollectContext, redact } from '../kit/index.ts';
import { secretsOf } from './client.ts';
import { DEFAULT_ADMIN_ROLES, type PostgresConfig, PostgresConfigSchema, UrlOptionSchema } from './config.ts';
import { dropRoles, plantRoles } from './fixtures/plant-roles.ts';
import { postgresCollector } from './index.ts';
import { mapSnapshot, type RawSnapshot } from './map.ts';

const fixture = (name: string): RawSnapshot =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const asSuperuser = fixture('snapshot-superuser.json');
const asReader = fixture('snapshot-reader.json');

const NOW = new Date('2026-03-01T02:00:00.000Z');
const config = (options: Record<string, unknown> = {}): PostgresConfig =>
  PostgresConfigSchema.parse({ url: 'env:PG_URL', ...options });

const contextFor = (
  secrets: Record<string, string>,
  logs: string[] = [],
  signal = new AbortController().signal,
): CollectContext => ({
  source: 'pg',
  now: () => NOW,
  secret(ref) {
    const value = secrets[ref];
    if (value === undefined) throw new Error(`no secret ${ref}`);
    return value;
  },
  signal,
  log: (message) => logs.push(message),
});

type Account = {
  user: string;
  roles: string[];
  privileged: boolean;
  shared: boolean;
  mfa: boolean | null;
  disabled?: boolean;
  can_login?: boolean;
  password_set?: boolean;
};
const dataOf = (items: Awaited<ReturnType<typeof postgresCollector.collect>>, type: string) =>
  items.find((i) => i.draft.type === type)?.draft.data as Record<string, unknown>;
const accountsOf = (items: Awaited<ReturnType<typeof postgresCollector.collect>>, prefix: string) =>
  (dataOf(items, 'access_control').accounts as Account[]).filter((a) => a.user.startsWith(prefix));

/** The accounts the planted roles (fixtures/plant-roles.ts) must give, `app` listed as shared. */
function expectedAccounts(p: string, passwords: boolean): Account[] {
  const rows: [string, string[], boolean, boolean][] = [
    // name, direct memberships, privileged, password set
    ['alice', ['readers'], false, true],
    ['app', [], false, true],
    ['bob', ['readers'], false, true],
    ['carol', ['admins', 'readers'], true, true], // admins holds pg_read_all_data
    ['creator', [], true, true], // CREATEROLE
    ['dave', ['oncall'], true, true], // oncall → admins → pg_read_all_data
    ['erin', ['dbas'], true, true], // dbas is a NOLOGIN SUPERUSER erin can SET ROLE to
    ['nopass', [], false, false],
    ['reader', ['pg_monitor'], false, true],
    ['replicator', [], true, true], // REPLICATION
    ['rls', [], true, true], // BYPASSRLS
    ['super', [], true, true], // SUPERUSER
  ];
  return rows.map(([name, roles, privileged, password]) => ({
    user: `${p}${name}`,
    roles: roles.map((r) => (r.startsWith('pg_') ? r : `${p}${r}`)),
    privileged,
    shared: name === 'app',
    mfa: null,
    disabled: false,
    can_login: true,
    ...(passwords ? { password_set: password } : {}),
  }));
}

let server: TestPostgres;
let adminUrl = '';
const prefix = `ev${randomBytes(4).toString('hex')}_`;
const rolePassword = `pw-${randomBytes(12).toString('hex')}`;
const liveSecrets: string[] = [];
const readerUrl = () => {
  const url = new URL(adminUrl);
  url.username = `${prefix}reader`;
  url.password = rolePassword;
  return url.toString();
};

before(async () => {
  server = await startTestPostgres();
  adminUrl = await server.freshDatabase();
  await plantRoles(adminUrl, prefix, rolePassword);
  liveSecrets.push(adminUrl, new URL(adminUrl).password, readerUrl(), rolePassword);
});
after(async () => {
  if (adminUrl) await dropRoles(adminUrl, prefix);
  await server?.stop();
});

collectorContract(
  postgresCollector,
  async () => [
    ...mapSnapshot(asSuperuser, config(), NOW.toISOString()),
    ...mapSnapshot(asReader, config(), NOW.toISOString()),
    ...(await postgresCollector.collect(config(), contextFor({ 'env:PG_URL': adminUrl }))),
    ...(await postgresCollector.collect(config(), contextFor({ 'env:PG_URL': readerUrl() }))),
  ],
  { secrets: liveSecrets },
);

describe('postgres collector against a real PostgreSQL', () => {
  it('lists every login role with its memberships, privilege and password state (as a superuser)', async () => {
    const logs: string[] = [];
    const items = await postgresCollector.collect(
      config({ shared_accounts: [`${prefix}app`] }),
      contextFor({ 'env:PG_URL': adminUrl }, logs),
    );
    assert.deepEqual(accountsOf(items, prefix), expectedAccounts(prefix, true));
    const me = (dataOf(items, 'access_control').accounts as Account[]).find(
      (a) => a.user === new URL(adminUrl).username,
    );
    assert.equal(me?.privileged, true, 'the superuser the test connects as is privileged');
    const database = new URL(adminUrl).pathname.slice(1);
    assert.equal(dataOf(items, 'access_control').system, database);
    for (const item of items) {
      assert.equal(item.draft.subject, `127.0.0.1:${new URL(adminUrl).port}/${database}`);
      assert.equal(item.draft.observed_at, NOW.toISOString());
    }
  });

  it('leaves password_set out when the reading role may not read pg_authid, and says so', async () => {
    const logs: string[] = [];
    const items = await postgresCollector.collect(
      config({ shared_accounts: [`${prefix}app`] }),
      contextFor({ 'env:PG_URL': readerUrl() }, logs),
    );
    assert.deepEqual(accountsOf(items, prefix), expectedAccounts(prefix, false));
    assert.ok(
      logs.some((l) => l.includes(`${prefix}reader may not read pg_authid`)),
      logs.join('\n'),
    );
  });

  it('reports the store as unencrypted unless at_rest is declared, and names the system as told', async () => {
    const database = new URL(adminUrl).pathname.slice(1);
    const logs: string[] = [];
    const plain = await postgresCollector.collect(config(), contextFor({ 'env:PG_URL': adminUrl }, logs));
    assert.deepEqual(dataOf(plain, 'storage_encryption'), {
      stores: [{ name: database, kind: 'postgres', encrypted: false, algorithm: null }],
    });
    assert.ok(logs.some((l) => l.includes('at_rest is not declared')));
    const declared = await postgresCollector.collect(
      config({ system: 'orders-db', at_rest: { encrypted: true, algorithm: 'AES-256' } }),
      contextFor({ 'env:PG_URL': adminUrl }),
    );
    assert.deepEqual(dataOf(declared, 'storage_encryption'), {
      stores: [{ name: database, kind: 'postgres', encrypted: true, algorithm: 'AES-256' }],
    });
    assert.equal(dataOf(declared, 'access_control').system, 'orders-db');
  });

  it('attaches what it read, with the ssl settings and no password or hash', async () => {
    const items = await postgresCollector.collect(config(), contextFor({ 'env:PG_URL': adminUrl }));
    const file = items[0]?.files?.[0];
    assert.equal(file?.name, 'postgres-snapshot.json');
    const text = new TextDecoder().decode(file?.bytes);
    const raw = JSON.parse(text) as RawSnapshot;
    assert.equal(raw.settings.ssl, 'off');
    assert.deepEqual(raw.connection_ssl, { ssl: false, version: null, cipher: null });
    assert.ok(!/SCRAM-SHA-256|md5[0-9a-f]{32}/.test(text), 'no password hash');
    for (const secret of liveSecrets) assert.ok(!text.includes(secret), 'no secret in the artifact');
  });

  it('accepts a password-free URL given inline', async () => {
    // `password` auth on the embedded server needs one, so the URL is rejected by the server, not by us.
    const url = new URL(adminUrl);
    url.password = '';
    await assert.rejects(
      postgresCollector.collect(config({ url: url.toString() }), contextFor({})),
      (e: EvidentError) => e.code === 'io' && /could not connect/.test(e.message),
    );
  });

  it('fails an authentication clearly and without the URL or the password in the error', async () => {
    const wrong = new URL(readerUrl());
    wrong.password = `wrong-${randomBytes(8).toString('hex')}`;
    const secrets = [wrong.toString(), wrong.password, rolePassword];
    const error = await postgresCollector
      .collect(config(), contextFor({ 'env:PG_URL': wrong.toString() }))
      .then(
        () => assert.fail('expected an authentication failure'),
        (e: unknown) => e as EvidentError,
      );
    assert.ok(error instanceof EvidentError);
    assert.equal(error.code, 'io');
    assert.match(error.message, /could not connect: password authentication failed for user .*\(28P01\)/);
    const everything = `${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${String(error.cause)}`;
    for (const s of secrets) assert.ok(!everything.includes(s), 'no secret in the error');
  });

  it('names the server when nothing listens there', async () => {
    const port = await closedPort();
    const url = `postgres://evident:${rolePassword}@127.0.0.1:${port}/orders`;
    await assert.rejects(
      postgresCollector.collect(config(), contextFor({ 'env:PG_URL': url })),
      (e: EvidentError) =>
        e.code === 'io' &&
        e.message.startsWith(`postgres 127.0.0.1:${port}/orders: could not connect:`) &&
        e.message.includes('ECONNREFUSED') &&
        !e.message.includes(rolePassword),
    );
  });

  it('stops waiting on a silent server when the run is cancelled', async () => {
    const silent = await listenSilently();
    try {
      const controller = new AbortController();
      const url = `postgres://evident:${rolePassword}@127.0.0.1:${silent.port}/orders`;
      const started = Date.now();
      setTimeout(() => controller.abort(new Error('run timed out')), 200);
      await assert.rejects(
        postgresCollector.collect(config(), contextFor({ 'env:PG_URL': url }, [], controller.signal)),
        (e: EvidentError) => e.code === 'io' && /cancelled \(run timed out\)/.test(e.message),
      );
      assert.ok(Date.now() - started < 5_000, 'returned soon after the abort');
      await assert.rejects(
        postgresCollector.collect(config(), contextFor({ 'env:PG_URL': url }, [], controller.signal)),
        /cancelled/,
      );
    } finally {
      await silent.close();
    }
  });

  it('records the ssl setting and the TLS state of its own connection when ssl is on', async () => {
    // Turning ssl on writes files next to the server: a server given in EVIDENT_TEST_PG_URL is left
    // alone and this test starts a throwaway one of its own instead.
    const own = process.env.EVIDENT_TEST_PG_URL ? await startTestPostgres({ embedded: true }) : undefined;
    const base = own ? await own.freshDatabase() : adminUrl;
    const { cert, cleanup } = await enableSsl(base);
    try {
      const url = `${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(cert)}`;
      const items = await postgresCollector.collect(config(), contextFor({ 'env:PG_URL': url }));
      const raw = JSON.parse(new TextDecoder().decode(items[0]?.files?.[0]?.bytes)) as RawSnapshot;
      assert.equal(raw.settings.ssl, 'on');
      assert.equal(raw.connection_ssl?.ssl, true);
      assert.match(raw.connection_ssl?.version ?? '', /^TLSv1\.[23]$/);
      assert.ok(raw.connection_ssl?.cipher, 'the negotiated cipher');
      // Encryption in transit says nothing about the disk: the store stays as declared.
      assert.equal(
        (dataOf(items, 'storage_encryption').stores as { encrypted: boolean }[])[0]?.encrypted,
        false,
      );
    } finally {
      await cleanup();
      await own?.stop();
    }
  });

  it('refuses a secret that does not hold a postgres:// URL, naming the reference only', async () => {
    await assert.rejects(
      postgresCollector.collect(config(), contextFor({ 'env:PG_URL': 'host=db password=hunter2-x' })),
      (e: EvidentError) =>
        e.code === 'bad_config' && e.message.includes('env:PG_URL') && !e.message.includes('hunter2'),
    );
  });
});

describe('postgres mapping of the captured fixtures', () => {
  it('gives the planted accounts from a superuser capture, with password state', () => {
    const items = mapSnapshot(asSuperuser, config({ shared_accounts: ['fx_app'] }), NOW.toISOString());
    assert.deepEqual(accountsOf(items, 'fx_'), expectedAccounts('fx_', true));
    const users = (dataOf(items, 'access_control').accounts as Account[]).map((a) => a.user);
    assert.ok(
      !users.some((u) => /^(fx_(readers|admins|oncall|dbas|retired)|pg_)/.test(u)),
      'no NOLOGIN role',
    );
  });

  it('gives the same accounts without password state from an unprivileged capture', () => {
    const items = mapSnapshot(asReader, config({ shared_accounts: ['fx_app'] }), NOW.toISOString());
    assert.deepEqual(accountsOf(items, 'fx_'), expectedAccounts('fx_', false));
  });

  it('makes members of a configured admin role privileged, and only those', () => {
    const items = mapSnapshot(asSuperuser, config({ admin_roles: ['fx_readers'] }), NOW.toISOString());
    const privileged = accountsOf(items, 'fx_')
      .filter((a) => a.privileged)
      .map((a) => a.user);
    // carol and dave lose pg_read_all_data as an admin role; alice, bob and carol gain fx_readers.
    assert.deepEqual(privileged, [
      'fx_alice',
      'fx_bob',
      'fx_carol',
      'fx_creator',
      'fx_erin',
      'fx_replicator',
      'fx_rls',
      'fx_super',
    ]);
  });

  it('defaults admin_roles to the data-wide predefined roles and managed-service superusers', () => {
    assert.deepEqual(config().admin_roles, [...DEFAULT_ADMIN_ROLES]);
    assert.deepEqual(config().shared_accounts, []);
  });
});

describe('postgres options', () => {
  const messages = (url: unknown) => {
    const r = PostgresConfigSchema.safeParse({ url });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts secret references and password-free URLs', () => {
    for (const url of ['env:PG_URL', 'file:secrets/pg-url', 'postgres://evident@db.internal:5432/orders'])
      assert.deepEqual(messages(url), [], url);
  });

  it('refuses a URL with a password, saying to use a secret and without repeating it', () => {
    for (const url of [
      'postgres://evident:Sup3rSecret@db.internal:5432/orders',
      'postgresql://evident@db.internal/orders?password=Sup3rSecret',
      'host=db.internal user=evident password=Sup3rSecret',
      'postgres://evident:Sup3rSecret@[bad',
    ]) {
      const found = messages(url);
      assert.equal(found.length, 1, url);
      assert.match(found[0] ?? '', /holds a password: put the postgres:\/\/ URL in a secret/);
      assert.ok(!JSON.stringify(PostgresConfigSchema.safeParse({ url }).error).includes('Sup3rSecret'));
    }
    assert.match(messages('orders-db')[0] ?? '', /secret reference \(env:NAME or file:path\)/);
  });

  it('refuses unknown options and an algorithm on an unencrypted store', () => {
    assert.equal(PostgresConfigSchema.safeParse({ url: 'env:X', hosts: [] }).success, false);
    const r = PostgresConfigSchema.safeParse({
      url: 'env:X',
      at_rest: { encrypted: false, algorithm: 'AES' },
    });
    assert.equal(r.error?.issues[0]?.path.join('.'), 'at_rest.algorithm');
  });

  it('redacts the URL and its password, raw and percent-decoded', () => {
    const url = 'postgres://evident:p%40ss%2Fword@db:5432/orders';
    const message = `failed for ${url}; password p@ss/word; encoded p%40ss%2Fword`;
    const out = redact(message, secretsOf(url));
    assert.ok(!out.includes('p@ss/word') && !out.includes('p%40ss%2Fword') && !out.includes(url), out);
  });
});

describe('postgres property tests', () => {
  const name = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'pg_read_all_data', 'ops');
  const role = fc.record({
    name,
    superuser: fc.boolean(),
    createrole: fc.boolean(),
    createdb: fc.boolean(),
    bypassrls: fc.boolean(),
    replication: fc.boolean(),
    can_login: fc.boolean(),
  });
  const snapshot = fc.record({
    roles: fc.uniqueArray(role, { selector: (r) => r.name, maxLength: 8 }),
    memberships: fc.array(fc.record({ role: name, member: name, admin_option: fc.boolean() }), {
      maxLength: 20,
    }),
    passwords: fc.option(fc.array(fc.record({ name, password_set: fc.boolean() }), { maxLength: 8 })),
    admin: fc.subarray(['pg_read_all_data', 'ops', 'a']),
  });

  it('marks exactly the login roles that reach an elevated role as privileged, for any role graph', () => {
    fc.assert(
      fc.property(snapshot, ({ roles, memberships, passwords, admin }) => {
        const raw = { ...asReader, roles, memberships, passwords };
        const items = mapSnapshot(raw, config({ admin_roles: admin }), NOW.toISOString());
        for (const item of items) {
          const checked = validateDraft({ ...item.draft, source: 'postgres', artifacts: [] });
          assert.ok(!checked.problems, JSON.stringify(checked.problems));
        }
        // Reference: the least fixed point of "elevated, or a member of a privileged role".
        const flags = new Map(roles.map((r) => [r.name, r]));
        const priv = new Set(
          [...new Set([...roles.map((r) => r.name), ...admin])].filter((n) => {
            const r = flags.get(n);
            return admin.includes(n) || (r && (r.superuser || r.createrole || r.bypassrls || r.replication));
          }),
        );
        for (let grew = true; grew; ) {
          grew = false;
          for (const m of memberships)
            if (priv.has(m.role) && !priv.has(m.member)) {
              priv.add(m.member);
              grew = true;
            }
        }
        const accounts = dataOf(items, 'access_control').accounts as Account[];
        assert.deepEqual(
          accounts.map((a) => a.user),
          roles
            .filter((r) => r.can_login)
            .map((r) => r.name)
            .sort(),
        );
        for (const a of accounts) {
          assert.equal(a.privileged, priv.has(a.user), a.user);
          assert.equal(
            a.password_set === undefined,
            passwords === null || !passwords.some((p) => p.name === a.user),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps any other input to valid evidence or a clear bad_input error', () => {
    const mutated = fc.oneof(
      fc.anything(),
      fc
        .record({ key: fc.constantFrom(...Object.keys(asSuperuser)), value: fc.anything() })
        .map(({ key, value }) => ({ ...asSuperuser, [key]: value })),
      fc.constantFrom(...Object.keys(asSuperuser)).map((key) => {
        const { [key as keyof RawSnapshot]: _, ...rest } = asSuperuser;
        return rest;
      }),
    );
    fc.assert(
      fc.property(mutated, (raw) => {
        try {
          for (const item of mapSnapshot(raw, config(), NOW.toISOString()))
            assert.ok(!validateDraft({ ...item.draft, source: 'postgres', artifacts: [] }).problems);
        } catch (e) {
          assert.ok(e instanceof EvidentError && e.code === 'bad_input', String(e));
          assert.match(e.message, /^postgres snapshot: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a URL with a password through the url option, whatever it holds', () => {
    const part = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(part, part, fc.constantFrom('postgres', 'postgresql'), (user, password, scheme) => {
        const url = `${scheme}://${encodeURIComponent(user)}:${encodeURIComponent(password)}@db:5432/orders`;
        assert.equal(UrlOptionSchema.safeParse(url).success, false);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        const r = UrlOptionSchema.safeParse(value);
        if (r.success) assert.ok(/^(env:|file:)/.test(value) || !/:[^/@]*@|password/i.test(value), value);
      }),
    );
  });
});

/**
 * Turns ssl on in the embedded server with a fresh self-signed certificate for 127.0.0.1 (ssl is
 * reloadable since PostgreSQL 10), and back off afterwards.
 */
async function enableSsl(url: string): Promise<{ cert: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'evident-pg-ssl-'));
  const { cert, key } = selfSignedCert(dir, { days: 2, name: 'server' });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = async (...statements: string[]) => {
    for (const statement of statements) await client.query(statement);
  };
  // The server reads the key as its own user, which owns the data directory; the key must be 0600.
  const owner = statSync((await client.query('SHOW data_directory')).rows[0].data_directory);
  chmodSync(dir, 0o755);
  chownSync(key, owner.uid, owner.gid);
  chmodSync(key, 0o600);
  await run(
    `ALTER SYSTEM SET ssl_cert_file = '${cert}'`,
    `ALTER SYSTEM SET ssl_key_file = '${key}'`,
    'ALTER SYSTEM SET ssl = on',
    'SELECT pg_reload_conf()',
  );
  const settled = async (value: string) => {
    for (let i = 0; i < 50; i++) {
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      const { rows } = await probe.query("SELECT current_setting('ssl') AS ssl");
      await probe.end();
      if (rows[0].ssl === value) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server did not reload with ssl = ${value}`);
  };
  await settled('on');
  return {
    cert,
    cleanup: async () => {
      await run(
        'ALTER SYSTEM RESET ssl',
        'ALTER SYSTEM RESET ssl_cert_file',
        'ALTER SYSTEM RESET ssl_key_file',
      );
      await run('SELECT pg_reload_conf()');
      await client.end();
      await settled('off');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as { port: number };
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** A TCP server that accepts and never answers, like a firewall that swallows the handshake. */
async function listenSilently(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const s: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as { port: number };
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => s.close(resolve));
    },
  };
}
