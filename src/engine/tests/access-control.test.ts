import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessControl } from './access-control.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Account = {
  user: string;
  roles: string[];
  privileged: boolean;
  shared: boolean;
  mfa: boolean | null;
  disabled?: boolean;
};

const account = (user: string, more: Partial<Account> = {}): Account => ({
  user,
  roles: ['dev'],
  privileged: false,
  shared: false,
  mfa: true,
  ...more,
});
const snapshot = (day: string, system: string, accounts: Account[] = [account('ana')]) =>
  rec('access_control', day, { system, accounts });

describe('access-control', () => {
  const period = { start: '2026-04-01', end: '2026-05-31' };
  const base = {
    test: 'access-control',
    frequency: 'monthly',
    evidence: ['access_control'],
    period,
  } as const;
  const run = (records: ReturnType<typeof snapshot>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, accessControl);

  it('is met by a clean snapshot of every system each month', () => {
    const out = run([
      snapshot('2026-04-02', 'okta'),
      snapshot('2026-04-02', 'postgres', [account('app', { privileged: true })]),
      snapshot('2026-05-02', 'okta'),
      snapshot('2026-05-02', 'postgres'),
    ]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence.length]),
      [
        ['2026-04', 'met', 2],
        ['2026-05', 'met', 2],
      ],
    );
    assert.deepEqual(out.details, { systems: ['okta', 'postgres'] });
  });

  it('names a month with no snapshot as missing, and one lacking a system seen elsewhere as failed', () => {
    assert.deepEqual(exceptionsOf(run([snapshot('2026-05-02', 'okta')])), { '2026-04': 'missing' });
    const out = run([
      snapshot('2026-04-02', 'okta'),
      snapshot('2026-05-02', 'okta'),
      snapshot('2026-05-03', 'aws'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-04': 'failed: no snapshot: aws' });
  });

  it('fails shared accounts, accounts without MFA and accounts whose MFA is unknown, naming them', () => {
    const out = run([
      snapshot('2026-04-02', 'okta', [
        account('ana'),
        account('deploy', { shared: true }),
        account('bo', { mfa: false }),
        account('app_user', { mfa: null }),
      ]),
      snapshot('2026-05-02', 'okta'),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-04': 'failed: okta: shared accounts: deploy; no MFA: bo; MFA unknown: app_user',
    });
  });

  it('ignores disabled accounts', () => {
    const out = run([
      snapshot('2026-04-02', 'okta', [
        account('ana'),
        account('old', { disabled: true, shared: true, mfa: null }),
      ]),
      snapshot('2026-05-02', 'okta', [account('ana'), account('bo', { disabled: false, mfa: false })]),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-05': 'failed: okta: no MFA: bo' });
  });

  it('is met when any snapshot of the system in the month passes, else gives the latest reason', () => {
    const out = run([
      snapshot('2026-04-02', 'okta', [account('bo', { mfa: false })]),
      snapshot('2026-04-20', 'okta'),
      snapshot('2026-05-02', 'okta', [account('bo', { mfa: false })]),
      snapshot('2026-05-20', 'okta', [account('cy', { mfa: false })]),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-05': 'failed: okta: no MFA: cy' });
    assert.equal(out.units[1]?.evidence.length, 2);
  });

  it('reports each failing system', () => {
    const out = run([
      snapshot('2026-04-02', 'okta', [account('bo', { mfa: false })]),
      snapshot('2026-04-02', 'aws', [account('root', { shared: true })]),
      snapshot('2026-05-02', 'okta'),
      snapshot('2026-05-02', 'aws'),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-04': 'failed: aws: shared accounts: root; okta: no MFA: bo',
    });
  });

  it('honours allow_shared and require_mfa: false', () => {
    const records = [
      snapshot('2026-04-02', 'okta', [account('deploy', { shared: true }), account('bo', { mfa: false })]),
      snapshot('2026-05-02', 'okta', [account('db', { mfa: null })]),
    ];
    assert.deepEqual(exceptionsOf(run(records, { params: { allow_shared: true } })), {
      '2026-04': 'failed: okta: no MFA: bo',
      '2026-05': 'failed: okta: MFA unknown: db',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { require_mfa: false } })), {
      '2026-04': 'failed: okta: shared accounts: deploy',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { allow_shared: true, require_mfa: false } })), {});
  });

  it('with `systems`, needs those (case-insensitively) and leaves other systems unjudged', () => {
    const out = run(
      [
        snapshot('2026-04-02', 'Okta'),
        snapshot('2026-04-02', 'jira', [account('x', { shared: true })]),
        snapshot('2026-05-02', 'jira'),
      ],
      { params: { systems: ['okta'] } },
    );
    assert.deepEqual(exceptionsOf(out), { '2026-05': 'failed: no snapshot: okta' });
  });

  it('caps long lists of account names', () => {
    const users = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const out = run([
      snapshot(
        '2026-04-02',
        'okta',
        users.map((u) => account(u, { mfa: false })),
      ),
      snapshot('2026-05-02', 'okta'),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-04': 'failed: okta: no MFA: a, b, c, d, e and 3 more' });
  });

  it('places snapshots by event date: month edges and the grace days', () => {
    const records = [snapshot('2026-04-30T23:59:00Z', 'okta'), snapshot('2026-06-01T00:00:00Z', 'okta')];
    assert.deepEqual(exceptionsOf(run(records)), { '2026-05': 'missing' });
    assert.deepEqual(exceptionsOf(run(records, { grace_days: 1 })), {});
  });
});
