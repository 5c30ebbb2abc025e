import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { dataClassification } from './data-classification.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Label = 'public' | 'internal' | 'confidential' | 'restricted' | null;
const inventory = (
  day: string,
  assets: [string, Label][] = [
    ['orders-db', 'confidential'],
    ['docs', 'public'],
  ],
) =>
  rec('data_inventory', day, { assets: assets.map(([name, classification]) => ({ name, classification })) });

describe('data-classification', () => {
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = {
    test: 'data-classification',
    frequency: 'quarterly',
    evidence: ['data_inventory'],
    period,
  } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, dataClassification);

  it('is met by a fully labelled inventory each quarter and names a quarter without one as missing', () => {
    const i = inventory('2026-02-10');
    const out = run([i]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [
        ['2026-Q1', 'met', [i.id]],
        ['2026-Q2', 'missing', []],
      ],
    );
  });

  it('names the unlabelled assets, at most five', () => {
    const many: [string, Label][] = Array.from({ length: 7 }, (_, n) => [`a${n + 1}`, null]);
    const out = run([
      inventory('2026-02-10', [
        ['orders-db', 'restricted'],
        ['scratch', null],
        ['logs', null],
      ]),
      inventory('2026-05-10', [['kept', 'internal'], ...many]),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-Q1': 'failed: unlabelled: scratch, logs',
      '2026-Q2': 'failed: unlabelled: a1, a2, a3, a4, a5 and 2 more',
    });
  });

  it('fails an inventory that lists no assets', () => {
    assert.equal(exceptionsOf(run([inventory('2026-02-10', [])]))['2026-Q1'], 'failed: no assets listed');
  });

  it('is met when a later inventory of the quarter resolves the unlabelled assets', () => {
    const out = run([
      inventory('2026-01-10', [['scratch', null]]),
      inventory('2026-03-20', [['scratch', 'internal']]),
      inventory('2026-04-10', [['scratch', 'internal']]),
    ]);
    assert.deepEqual(exceptionsOf(out), {});
  });

  it('places inventories on quarter edges in their own quarter', () => {
    const out = run([inventory('2026-03-31T23:59:59Z'), inventory('2026-04-01T00:00:00Z')]);
    assert.deepEqual(exceptionsOf(out), {});
    const late = run([inventory('2025-12-31T23:59:59Z'), inventory('2026-07-01T00:00:00Z')]);
    assert.deepEqual(exceptionsOf(late), { '2026-Q1': 'missing', '2026-Q2': 'missing' });
  });

  it('expects no quarter whose first day lies before the period, and extends windows by the grace days', () => {
    const p = { start: '2026-02-15', end: '2026-09-30' };
    const records = [inventory('2026-03-01'), inventory('2026-07-05'), inventory('2026-07-20')];
    assert.deepEqual(exceptionsOf(run(records, { period: p })), { '2026-Q2': 'missing' });
    assert.deepEqual(exceptionsOf(run(records, { period: p, grace_days: 5 })), {});
  });
});
