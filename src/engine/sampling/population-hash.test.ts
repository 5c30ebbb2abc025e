import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Unit } from '../control-test-run.ts';
import { inPeriodOrder } from './in-period-order.ts';
import { populationHash } from './population-hash.ts';
import { populationArb, STATUSES, unit } from './test-fixtures.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('population hash (DESIGN.md §6)', () => {
  it('hashes exactly the documented bytes (pins the contract)', () => {
    // Listed out of order, with evidence ids out of order and reasons (which are not hashed). If this
    // test fails the encoding changed, and every population hash in every ledger and package with it.
    const population = [
      unit('b', '2026-01-02', 'failed', ['y', 'x']),
      unit('a', '2026-01-02'),
      unit('c', '2026-01-01', 'missing'),
    ];
    const bytes =
      '[{"end":"2026-01-01","evidence":[],"label":"c","start":"2026-01-01","status":"missing"},' +
      '{"end":"2026-01-02","evidence":[],"label":"a","start":"2026-01-02","status":"met"},' +
      '{"end":"2026-01-02","evidence":["x","y"],"label":"b","start":"2026-01-02","status":"failed"}]';
    assert.equal(populationHash(population), sha256(bytes));
    assert.equal(
      populationHash(population),
      '2ba61f071d3af4e2e8c18f2b3c669cd6102657244890c88dbfba4c7766a18a40',
    );
  });

  it('hashes the empty population as []', () => {
    assert.equal(populationHash([]), sha256('[]'));
  });

  it('orders by start, then label, by UTF-16 code units rather than locale', () => {
    const population = [
      unit('b', '2026-01-02'),
      unit('B', '2026-01-02'),
      unit('a', '2026-01-01'),
      unit('é', '2026-01-02'),
    ];
    assert.deepEqual(
      inPeriodOrder(population).map((u) => u.label),
      ['a', 'B', 'b', 'é'],
    );
  });

  it('does not depend on the order units are listed in, nor on the order of their evidence ids', () => {
    fc.assert(
      fc.property(
        populationArb({ maxLength: 60 }).chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })),
        ),
        ([units, shuffled]) => {
          const reversedEvidence = shuffled.map((u) => ({ ...u, evidence: u.evidence.toReversed() }));
          assert.equal(populationHash(shuffled), populationHash(units));
          assert.equal(populationHash(reversedEvidence), populationHash(units));
          assert.deepEqual(inPeriodOrder(shuffled), inPeriodOrder(units));
        },
      ),
    );
  });

  it('orders units equal in start and label the same way whatever the input order', () => {
    const twins: Unit[] = [
      { ...unit('x', '2026-02-01', 'failed'), reason: 'failed: one' },
      { ...unit('x', '2026-02-01', 'failed'), reason: 'failed: two' },
      unit('x', '2026-02-01', 'met', ['e-2']),
      unit('x', '2026-02-01', 'met', ['e-1']),
    ];
    const expected = inPeriodOrder(twins);
    assert.deepEqual(inPeriodOrder(twins.toReversed()), expected);
    assert.deepEqual(inPeriodOrder([twins[2]!, twins[0]!, twins[3]!, twins[1]!]), expected);
    assert.equal(populationHash(twins.toReversed()), populationHash(twins));
  });

  it('changes when any unit’s status changes', () => {
    fc.assert(
      fc.property(
        populationArb({ minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat({ max: 1 }),
        (units, at, step) => {
          const i = at % units.length;
          const from = STATUSES.indexOf(units[i]!.status);
          const status = STATUSES[(from + 1 + step) % STATUSES.length]!;
          const changed = units.map((u, j) => (j === i ? { ...u, status } : u));
          assert.notEqual(populationHash(changed), populationHash(units));
        },
      ),
    );
  });

  it('changes when a label, a date or an evidence id changes, or a unit is added or removed', () => {
    const base = [unit('a', '2026-01-01', 'met', ['e-1']), unit('b', '2026-01-08', 'met', ['e-2'])];
    const hash = populationHash(base);
    const variants: Unit[][] = [
      [{ ...base[0]!, label: 'a2' }, base[1]!],
      [{ ...base[0]!, start: '2026-01-02' }, base[1]!],
      [{ ...base[0]!, end: '2026-01-07' }, base[1]!],
      [{ ...base[0]!, evidence: ['e-3'] }, base[1]!],
      [{ ...base[0]!, evidence: [] }, base[1]!],
      [base[0]!],
      [...base, unit('c', '2026-01-15')],
    ];
    for (const variant of variants) assert.notEqual(populationHash(variant), hash);
  });

  it('ignores the free-text reason', () => {
    const failed = unit('a', '2026-01-01', 'failed');
    assert.equal(populationHash([{ ...failed, reason: 'failed: other words' }]), populationHash([failed]));
  });
});
