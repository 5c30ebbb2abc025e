import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityTraining } from './security-training.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Person = { person: string; email: string; start_date: string; end_date?: string | null };

const person = (name: string, start_date = '2024-01-15', end_date?: string): Person => ({
  person: name,
  email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
  start_date,
  ...(end_date ? { end_date } : {}),
});
const roster = (day: string, people: Person[]) => rec('personnel', day, { people });
const trained = (person: string, completed_at: string, email?: string) =>
  rec('training_record', completed_at, {
    person,
    course: 'Security awareness 2026',
    completed_at,
    ...(email ? { email } : {}),
  });

describe('security-training', () => {
  // The annual window is the 365 days ending on 2026-06-30: 2025-07-01 … 2026-06-30.
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = {
    test: 'security-training',
    frequency: 'annual',
    evidence: ['training_record', 'personnel'],
    period,
  } as const;
  const run = (records: ReturnType<typeof rec>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, securityTraining);

  it('reads rosters from the beginning of time and training over the window', () => {
    assert.deepEqual(securityTraining.reads(context(base)), {
      types: ['personnel', 'training_record'],
      until: '2026-06-30',
    });
  });

  it('is met when everyone active and past the new-joiner days trained, matched by name or email', () => {
    const team = roster('2024-02-01', [person('Ana Lima'), person('Bo Chen'), person('Cy Diaz')]);
    const records = [
      team,
      trained('ana lima', '2025-09-01'),
      trained('Robert Chen', '2026-02-01', 'BO.CHEN@example.com'),
      trained('cy.diaz@example.com', '2026-03-01'),
    ];
    const out = run(records);
    assert.equal(out.units[0]?.status, 'met');
    assert.equal(out.units[0]?.evidence[0], team.id);
    assert.equal(out.units[0]?.evidence.length, 4);
    assert.deepEqual(out.details, { required: 3, trained: 3, completion_rate: 1, missing: [] });
  });

  it('is missing with neither roster nor training, and fails training with no roster', () => {
    assert.deepEqual(exceptionsOf(run([])), { annual: 'missing' });
    assert.deepEqual(exceptionsOf(run([trained('Ana Lima', '2026-02-01')])), {
      annual: 'failed: no personnel snapshot on or before 2026-06-30',
    });
  });

  it('fails below min_completion and names who is missing', () => {
    const people = Array.from({ length: 20 }, (_, i) => person(`P${i}`));
    const done = (n: number) => people.slice(0, n).map((p) => trained(p.person, '2026-03-01'));
    const nineteen = run([roster('2026-01-02', people), ...done(19)]);
    assert.deepEqual(exceptionsOf(nineteen), {}); // 95% exactly is enough
    const eighteen = run([roster('2026-01-02', people), ...done(18)]);
    assert.deepEqual(exceptionsOf(eighteen), {
      annual: 'failed: 90% trained (18 of 20), below 95%; missing: P18, P19',
    });
    assert.deepEqual(eighteen.details, {
      required: 20,
      trained: 18,
      completion_rate: 0.9,
      missing: ['P18', 'P19'],
    });
    const none = run([roster('2026-01-02', people)]);
    assert.deepEqual(exceptionsOf(none), {
      annual: 'failed: 0% trained (0 of 20), below 95%; missing: P0, P1, P2, P3, P4 and 15 more',
    });
  });

  it('takes min_completion and new_joiner_days from the parameters', () => {
    const records = [
      roster('2026-06-01', [person('Ana'), person('Bo'), person('Cy', '2026-05-01')]),
      trained('Ana', '2026-02-01'),
    ];
    assert.deepEqual(exceptionsOf(run(records)), {
      annual: 'failed: 33.3% trained (1 of 3), below 95%; missing: Bo, Cy',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { min_completion: 0.33 } })), {});
    // Cy joined exactly 60 days before the end: a new joiner under 60 days, not under 59.
    assert.equal(run(records, { params: { new_joiner_days: 60 } }).details.required, 2);
    assert.equal(run(records, { params: { new_joiner_days: 59 } }).details.required, 3);
    assert.deepEqual(
      exceptionsOf(run(records, { params: { new_joiner_days: 60, min_completion: 0.5 } })),
      {},
    );
  });

  it('requires those who joined over new_joiner_days before the end and were still there at the end', () => {
    const out = run([
      roster('2026-06-30', [
        person('Joined31', '2026-05-30'), // 31 days before the end: required
        person('Joined30', '2026-05-31'), // exactly 30 days: still a new joiner
        person('Future', '2026-07-15'),
        person('LeftOnEnd', '2024-01-01', '2026-06-30'),
        person('LeavesAfter', '2024-01-01', '2026-07-01'),
      ]),
    ]);
    assert.deepEqual(out.details.missing, ['Joined31', 'LeavesAfter']);
  });

  it('uses the latest roster on or before the end, however old', () => {
    const old = roster('2023-05-01', [person('Ana')]);
    assert.deepEqual(run([old]).details.missing, ['Ana']);
    const later = roster('2026-06-30T23:00:00Z', [person('Bo')]);
    const tooLate = roster('2026-07-01T00:00:00Z', [person('Cy')]);
    const out = run([old, later, tooLate]);
    assert.deepEqual(out.details.missing, ['Bo']);
    assert.deepEqual(out.units[0]?.evidence, [later.id]);
  });

  it('counts training completed in the window only, by completed_at', () => {
    const team = roster('2026-01-02', [person('Ana'), person('Bo'), person('Cy')]);
    const out = run([
      team,
      trained('Ana', '2025-07-01T00:00:00Z'), // first instant of the window
      trained('Bo', '2025-06-30T23:59:59Z'), // just before it
      trained('Cy', '2026-06-30T23:59:59Z'), // last instant of the window
      trained('Bo', '2026-07-01T00:00:00Z'), // after the period
    ]);
    assert.deepEqual(out.details.missing, ['Bo']);
    assert.equal(out.details.trained, 2);
  });
});
