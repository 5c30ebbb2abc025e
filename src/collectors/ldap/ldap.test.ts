import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatDate } from '../../core/dates.ts';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import type { CollectContext } from '../kit/index.ts';
import { LdapConfigSchema } from './config.ts';
import { ldapCollector } from './index.ts';
import { mapDirectory, type RawDirectory } from './map.ts';
import { startTestSlapd, TEST_ROOT_PASSWORD, type TestSlapd } from './test-slapd.ts';

const fixtures = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
/** A user password planted in the directory: it must never be read into evidence. */
const PLANTED_USER_PASSWORD = 'alice-pass-7d2e';

const fixtureConfig = LdapConfigSchema.parse({
  ...ldapCollector.example,
  privileged_groups: ['admins'],
  shared_accounts: ['ci-runner'],
  attributes: { start_date: 'employeeStartDate', mfa: { attribute: 'mfaEnrolled' } },
});
collectorContract(
  ldapCollector as Parameters<typeof collectorContract>[0],
  () =>
    mapDirectory(JSON.parse(readFileSync(fixtures('directory.json'), 'utf8')) as RawDirectory, fixtureConfig)
      .items,
  { secrets: [TEST_ROOT_PASSWORD, PLANTED_USER_PASSWORD] },
);

type Items = Awaited<ReturnType<typeof ldapCollector.collect>>;
type Run = { items: Items; logs: string[] };
const payload = <T extends 'personnel' | 'access_control'>(items: Items, type: T): Payload<T> => {
  const item = items.find((i) => i.draft.type === type);
  assert.ok(item, `a ${type} record`);
  return item.draft.data as Payload<T>;
};
const people = (items: Items) => payload(items, 'personnel').people;
const accessOf = (items: Items) => payload(items, 'access_control');

describe('ldap collector against a real OpenLDAP (slapd)', () => {
  let slapd: TestSlapd;
  /** The UTC days the planted entries may have been created on (their createTimestamp). */
  let createdOn: string[];

  before(async () => {
    slapd = await startTestSlapd([fixtures('hr.schema')]);
    const before = formatDate(new Date());
    slapd.ldapadd(fixtures('directory.ldif'));
    createdOn = [before, formatDate(new Date())];
  });
  after(() => slapd?.stop());

  const options = (extra: Record<string, unknown> = {}) => ({
    url: slapd.url,
    bind_dn: slapd.rootDn,
    password: 'env:LDAP_TEST_PASSWORD',
    base_dn: slapd.suffix,
    ...extra,
  });

  const context = (password: string, now = '2026-01-15T08:00:00Z', signal = new AbortController().signal) => {
    const logs: string[] = [];
    const ctx: CollectContext = {
      source: 'corp-ldap',
      now: () => new Date(now),
      secret: (ref) => {
        assert.equal(ref, 'env:LDAP_TEST_PASSWORD');
        return password;
      },
      signal,
      log: (m) => logs.push(m),
    };
    return { ctx, logs };
  };

  const collect = async (extra: Record<string, unknown> = {}, now?: string): Promise<Run> => {
    const { ctx, logs } = context(slapd.rootPassword, now);
    const items = await ldapCollector.collect(LdapConfigSchema.parse(options(extra)), ctx);
    for (const item of items) {
      const checked = validateDraft({ ...item.draft, source: ctx.source, artifacts: [] });
      assert.ok(!checked.problems, JSON.stringify(checked.problems));
    }
    assert.ok(!JSON.stringify(items.map((i) => i.draft)).includes(slapd.rootPassword));
    assert.ok(!JSON.stringify(items.map((i) => i.draft)).includes(PLANTED_USER_PASSWORD));
    assert.ok(!logs.join('\n').includes(slapd.rootPassword));
    return { items, logs };
  };

  const full = {
    privileged_groups: ['admins'],
    shared_accounts: ['ci-runner'],
    disabled_groups: ['disabled'],
    attributes: {
      start_date: 'employeeStartDate',
      shared: { attribute: 'employeeType', values: ['service'] },
      mfa: { attribute: 'mfaEnrolled' },
    },
  };

  it('collects the roster: start dates, createTimestamp fallback, leaver end date, no shared accounts', async () => {
    const { items } = await collect(full);
    const personnel = items.find((i) => i.draft.type === 'personnel');
    assert.equal(personnel?.draft.subject, `${slapd.url}/dc=example,dc=com`);
    assert.equal(personnel?.draft.observed_at, '2026-01-15T08:00:00.000Z');
    assert.equal(personnel, items[0]);
    const roster = people(items);
    const bob = roster[1];
    assert.ok(
      bob && createdOn.includes(bob.start_date),
      `bob's start date ${bob?.start_date} is his createTimestamp`,
    );
    assert.deepEqual(roster, [
      {
        person: 'Alice Archer',
        email: 'alice@example.com',
        start_date: '2021-03-01',
        department: 'Engineering',
        title: 'Staff Engineer',
      },
      {
        person: 'Bob Baker',
        email: 'bob@example.com',
        start_date: bob?.start_date,
        department: 'Engineering',
      },
      {
        person: 'Carol Clark',
        email: 'carol@example.com',
        start_date: '2022-07-11',
        department: 'Sales',
        title: 'Account Executive',
      },
      {
        person: 'Dave Dunn',
        email: 'dave@example.com',
        start_date: '2020-01-06',
        end_date: '2025-06-30',
        department: 'Operations',
      },
    ]);
  });

  it('collects accounts: group roles, privileged admins, shared service accounts, MFA, disabled', async () => {
    const { items, logs } = await collect(full);
    const access = items.find((i) => i.draft.type === 'access_control');
    assert.equal(access?.draft.subject, `${slapd.url}/dc=example,dc=com`);
    const row = (
      user: string,
      roles: string[],
      privileged: boolean,
      shared: boolean,
      mfa: boolean,
      disabled: boolean,
    ) => ({
      user,
      roles,
      privileged,
      shared,
      mfa,
      disabled,
    });
    assert.deepEqual(access?.draft.data, {
      system: 'ldap',
      accounts: [
        row('alice', ['admins', 'engineering'], true, false, true, false),
        row('bob', ['engineering'], false, false, false, false),
        row('carol', ['disabled'], false, false, false, true),
        row('ci-runner', ['engineering'], false, true, false, false),
        // left on 2025-06-30 (shadowExpire), still in cn=admins: privileged but disabled
        row('dave', ['admins'], true, false, false, true),
        row('svc-deploy', ['engineering'], false, true, false, false),
      ],
    });
    assert.ok(logs.some((l) => l.startsWith('read 6 users and 3 groups from ldap://127.0.0.1:')));
    const artifact = access?.files?.[0];
    assert.equal(artifact?.name, 'ldap-directory.json');
    assert.ok(!new TextDecoder().decode(artifact?.bytes).includes(PLANTED_USER_PASSWORD));
  });

  it('keeps an account whose shadowExpire is still ahead enabled', async () => {
    const { items } = await collect(full, '2025-06-29T12:00:00Z');
    const { accounts } = accessOf(items);
    assert.equal(accounts.find((a) => a.user === 'dave')?.disabled, false);
  });

  it('with default options: system "ldap", MFA unknown, nothing privileged, only the expired account disabled', async () => {
    const { items, logs } = await collect({ system: 'corp-directory' });
    const data = accessOf(items);
    assert.equal(data.system, 'corp-directory');
    assert.ok(data.accounts.every((a) => a.mfa === null && !a.privileged));
    assert.deepEqual(
      data.accounts.filter((a) => a.disabled).map((a) => a.user),
      ['dave'],
    );
    assert.ok(
      people(items).every((p) => createdOn.includes(p.start_date)),
      'start dates from createTimestamp',
    );
    assert.ok(logs.includes('svc-deploy: no mail, left out of the personnel roster'));
  });

  it('applies user_filter and user_base_dn', async () => {
    const { items } = await collect({
      user_filter: '(&(objectClass=inetOrgPerson)(departmentNumber=Engineering))',
      user_base_dn: `ou=people,${slapd.suffix}`,
    });
    assert.deepEqual(
      accessOf(items).accounts.map((a) => a.user),
      ['alice', 'bob'],
    );
  });

  const failure = async (password: string, extra: Record<string, unknown> = {}, signal?: AbortSignal) => {
    const { ctx } = context(password, undefined, signal);
    const error = await ldapCollector.collect(LdapConfigSchema.parse(options(extra)), ctx).then(
      () => assert.fail('collect should fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof EvidentError);
    assert.equal(error.code, 'io');
    return error;
  };

  it('fails on a wrong password with a clear error that holds no password', async () => {
    const wrong = 'wrong-password-91ab';
    const error = await failure(wrong);
    assert.equal(
      error.message,
      `LDAP bind as "${slapd.rootDn}" to ${slapd.url} was refused: invalid credentials (result 49); check bind_dn and the secret env:LDAP_TEST_PASSWORD`,
    );
    const everything = [error.message, error.stack, String(error.cause), JSON.stringify(error)].join('\n');
    assert.ok(!everything.includes(wrong));
    assert.ok(!everything.includes(slapd.rootPassword));
  });

  it('fails clearly on a base DN that does not exist', async () => {
    const error = await failure(slapd.rootPassword, { base_dn: 'dc=nowhere,dc=com' });
    assert.match(
      error.message,
      /^LDAP user search on ldap:\/\/127\.0\.0\.1:\d+: no such entry \(result 32\)/,
    );
  });

  it('fails clearly when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const error = await failure(slapd.rootPassword, { url: `ldap://127.0.0.1:${port}` });
    assert.match(
      error.message,
      new RegExp(`^cannot reach the LDAP server at ldap://127.0.0.1:${port}: ECONNREFUSED`),
    );
  });

  it('stops waiting for a server that never answers when the run is aborted', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    try {
      const error = await failure(
        slapd.rootPassword,
        { url: `ldap://127.0.0.1:${port}` },
        AbortSignal.timeout(300),
      );
      assert.equal(error.message, `LDAP bind on ldap://127.0.0.1:${port} was aborted`);
      assert.ok(Date.now() - started < 5000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });
});
