import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isValidDate } from '../../core/dates.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { LdapConfigSchema } from './config.ts';
import { mapDirectory, normalizeDn, parseDirectoryDate, type RawDirectory, type RawEntry } from './map.ts';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/directory.json', import.meta.url), 'utf8'),
) as RawDirectory;

const config = (options: Record<string, unknown> = {}) =>
  LdapConfigSchema.parse({
    url: 'ldap://127.0.0.1:389',
    bind_dn: 'cn=admin,dc=example,dc=com',
    password: 'env:LDAP_PASSWORD',
    base_dn: 'dc=example,dc=com',
    ...options,
  });

const dataOf = (raw: RawDirectory, options: Record<string, unknown> = {}) => {
  const [personnel, access] = mapDirectory(raw, config(options)).items;
  assert.ok(personnel?.draft.type === 'personnel' && access?.draft.type === 'access_control');
  return {
    people: (personnel.draft.data as Payload<'personnel'>).people,
    accounts: (access.draft.data as Payload<'access_control'>).accounts,
  };
};

const snapshot = (users: RawEntry[], groups: RawEntry[] = [], observed_at = '2026-01-15T00:00:00.000Z') => ({
  subject: 'ldap://ldap.example.com:389/dc=example,dc=com',
  observed_at,
  users,
  groups,
});

const account = (raw: RawDirectory, user: string, options: Record<string, unknown> = {}) =>
  dataOf(raw, options).accounts.find((a) => a.user === user);

describe('ldap map: the captured directory', () => {
  it('gives the roster with configured start dates, createTimestamp as fallback and shadowExpire as end', () => {
    const { people } = dataOf(fixture, { attributes: { start_date: 'employeeStartDate' } });
    assert.deepEqual(people, [
      {
        person: 'Alice Archer',
        email: 'alice@example.com',
        start_date: '2021-03-01',
        department: 'Engineering',
        title: 'Staff Engineer',
      },
      // bob has no employeeStartDate; his entry was created on the day the fixture was captured
      { person: 'Bob Baker', email: 'bob@example.com', start_date: '2026-11-26', department: 'Engineering' },
      // sorted by UTF-16 code units, so the same roster always gives the same record id;
      // svc-deploy has no mail: an account, not a person
      { person: 'CI Runner', email: 'ci@example.com', start_date: '2026-11-26' },
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

  it('leaves shared accounts out of the roster and notes people it cannot list', () => {
    const result = mapDirectory(fixture, config({ shared_accounts: ['ci-runner'] }));
    const personnel = result.items[0];
    assert.ok(personnel);
    assert.deepEqual(
      (personnel.draft.data as Payload<'personnel'>).people.map((p) => p.person),
      ['Alice Archer', 'Bob Baker', 'Carol Clark', 'Dave Dunn'],
    );
    assert.deepEqual(result.notes, ['svc-deploy: no mail, left out of the personnel roster']);
  });

  it('gives accounts with group roles, privileged, shared, MFA and disabled flags', () => {
    const { accounts } = dataOf(fixture, {
      privileged_groups: ['admins'],
      shared_accounts: ['CI-Runner'],
      disabled_groups: ['cn=disabled,ou=groups,dc=example,dc=com'],
      attributes: {
        shared: { attribute: 'employeeType', values: ['service'] },
        mfa: { attribute: 'mfaEnrolled' },
      },
    });
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
    assert.deepEqual(accounts, [
      row('alice', ['admins', 'engineering'], true, false, true, false),
      row('bob', ['engineering'], false, false, false, false),
      row('carol', ['disabled'], false, false, false, true),
      row('ci-runner', ['engineering'], false, true, false, false),
      row('dave', ['admins'], true, false, false, true),
      row('svc-deploy', ['engineering'], false, true, false, false),
    ]);
  });

  it('reports MFA as unknown (null) unless an attribute says', () => {
    assert.ok(dataOf(fixture).accounts.every((a) => a.mfa === null));
  });

  it('keeps an account with a future shadowExpire enabled, with its end date on the roster', () => {
    const early = { ...fixture, observed_at: '2025-06-29T23:59:59.000Z' };
    assert.equal(account(early, 'dave')?.disabled, false);
    assert.equal(account(fixture, 'dave')?.disabled, true);
  });
});

describe('ldap map: directory conventions', () => {
  const person = (uid: string, extra: Record<string, string | string[]> = {}): RawEntry => ({
    dn: `uid=${uid},ou=people,dc=example,dc=com`,
    uid,
    cn: uid,
    mail: `${uid}@example.com`,
    createTimestamp: '20240115093000Z',
    ...extra,
  });

  it('reads posixGroup memberUid and groupOfUniqueNames uniqueMember (with its optional bit string)', () => {
    const raw = snapshot(
      [person('ann'), person('ben')],
      [
        { dn: 'cn=ops,ou=groups,dc=example,dc=com', cn: 'ops', memberUid: ['ANN'] },
        {
          dn: 'cn=dba,ou=groups,dc=example,dc=com',
          cn: 'dba',
          uniqueMember: ["UID=ben, OU=People, DC=example, DC=com#'0101'B"],
        },
      ],
    );
    const { accounts } = dataOf(raw, { privileged_groups: ['CN=dba,ou=groups,dc=example,dc=com'] });
    assert.deepEqual(
      accounts.map((a) => [a.user, a.roles, a.privileged]),
      [
        ['ann', ['ops'], false],
        ['ben', ['dba'], true],
      ],
    );
  });

  it('treats only the ppolicy permanent lock as disabled, not a temporary lockout', () => {
    const raw = snapshot([
      person('locked', { pwdAccountLockedTime: '000001010000Z' }),
      person('tripped', { pwdAccountLockedTime: '20260114120000Z' }),
    ]);
    assert.equal(account(raw, 'locked')?.disabled, true);
    assert.equal(account(raw, 'tripped')?.disabled, false);
  });

  it('reads a configured disabled attribute (389-ds nsAccountLock)', () => {
    const raw = snapshot([person('x', { nsAccountLock: 'TRUE' }), person('y', { nsAccountLock: 'false' })]);
    const options = { attributes: { disabled: { attribute: 'nsaccountlock' } } };
    assert.equal(account(raw, 'x', options)?.disabled, true);
    assert.equal(account(raw, 'y', options)?.disabled, false);
  });

  it('falls back to createTimestamp when the start date attribute is unreadable', () => {
    const raw = snapshot([person('z', { employeeStartDate: 'next monday' })]);
    assert.deepEqual(dataOf(raw, { attributes: { start_date: 'employeeStartDate' } }).people, [
      { person: 'z', email: 'z@example.com', start_date: '2024-01-15' },
    ]);
  });
});

describe('ldap map: dates and DNs', () => {
  it('parses shadowExpire days, GeneralizedTime, dates and ISO date-times to UTC dates', () => {
    const cases: [string, string | undefined][] = [
      ['20269', '2025-06-30'],
      ['0', undefined],
      ['-1', undefined],
      ['20240115093000Z', '2024-01-15'],
      ['20240115233000-0500', '2024-01-16'],
      ['20240115093000.5Z', '2024-01-15'],
      ['2024011509Z', '2024-01-15'],
      ['20240230000000Z', undefined],
      ['2024-02-29', '2024-02-29'],
      ['2023-02-29', undefined],
      ['2024-03-01T01:00:00+02:00', '2024-02-29'],
      ['next monday', undefined],
      ['', undefined],
    ];
    for (const [value, expected] of cases) assert.equal(parseDirectoryDate(value), expected, value);
  });

  it('compares DNs ignoring case and spaces, keeping escaped commas inside a value', () => {
    assert.equal(normalizeDn('UID=Alice , OU=People,DC=Example'), 'uid=alice,ou=people,dc=example');
    assert.equal(normalizeDn('cn=Smith\\, John,ou=x').split(',').length, 3);
    assert.notEqual(normalizeDn('cn=a\\,b,dc=x'), normalizeDn('cn=a,b,dc=x'));
  });
});

describe('ldap map: properties', () => {
  const names = [
    'uid',
    'cn',
    'mail',
    'createTimestamp',
    'shadowExpire',
    'pwdAccountLockedTime',
    'title',
    'x',
  ];
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom('20240115093000Z', '20269', '000001010000Z', '2024-02-29'),
  );
  const entry = fc.record({
    dn: fc.oneof(fc.string(), fc.constant('uid=a,dc=x')),
    attrs: fc.dictionary(fc.constantFrom(...names), fc.oneof(value, fc.array(value, { maxLength: 3 }))),
  });
  const group = fc.record({
    dn: fc.string(),
    attrs: fc.dictionary(
      fc.constantFrom('cn', 'member', 'uniqueMember', 'memberUid'),
      fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.constant('uid=a,dc=x')), { maxLength: 3 })),
    ),
  });
  const toEntry = (e: { dn: string; attrs: Record<string, string | string[]> }): RawEntry => ({
    ...e.attrs,
    dn: e.dn,
  });

  it('maps any directory content to evidence that validates, deterministically', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 6 }),
        fc.array(group, { maxLength: 4 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
        (users, groups, privileged) => {
          const raw = snapshot(users.map(toEntry), groups.map(toEntry));
          const cfg = config({ privileged_groups: ['x', ...privileged], disabled_groups: privileged });
          const first = mapDirectory(raw, cfg);
          for (const item of first.items) {
            const checked = validateDraft({ ...item.draft, source: 'ldap', artifacts: [] });
            assert.ok(!checked.problems, JSON.stringify(checked.problems));
          }
          assert.deepEqual(mapDirectory(raw, cfg).items, first.items);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns any string into a valid date or nothing', () => {
    const generalized = fc
      .tuple(fc.integer({ min: 0, max: 99999999999999 }), fc.constantFrom('Z', '+0200', '-05', ''))
      .map(([n, z]) => `${String(n).padStart(14, '0')}${z}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), generalized, fc.integer().map(String)), (s) => {
        const day = parseDirectoryDate(s);
        assert.ok(day === undefined || isValidDate(day), `${s} → ${day}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises DNs idempotently', () => {
    fc.assert(
      fc.property(fc.string(), (dn) => {
        assert.equal(normalizeDn(normalizeDn(dn)), normalizeDn(dn));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any malformed option with a zod error, never a crash', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.anything(), (filter, url, attributes) => {
        const parsed = LdapConfigSchema.safeParse({
          url,
          bind_dn: 'cn=a',
          password: 'env:P',
          base_dn: 'dc=x',
          user_filter: filter,
          attributes,
        });
        if (!parsed.success) assert.ok(parsed.error.issues.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
