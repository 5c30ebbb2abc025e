import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Frequency } from '../../core/frequency.ts';
import { document } from './document.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

const doc = (day: string, kind: string) =>
  rec('document', day, { title: `${kind} ${day}`, kind, sha256: 'ab'.repeat(32) });

describe('document', () => {
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const run = (
    frequency: Frequency,
    records: EvidenceRecord[],
    more: Partial<Parameters<typeof context>[0]> = {},
  ) =>
    runTest(
      context({
        test: 'document',
        frequency,
        evidence: ['document'],
        period,
        params: { kind: 'firewall_review' },
        ...more,
      }),
      records,
      document,
    );

  it('meets each slot with a document of the kind in its window, citing the latest', () => {
    const first = doc('2026-02-01', 'firewall_review');
    const latest = doc('2026-03-01', 'firewall_review');
    const out = run('quarterly', [first, latest, doc('2026-04-01', 'firewall_review')]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [
        ['2026-Q1', 'met', [latest.id]],
        ['2026-Q2', 'met', [out.units[1]?.evidence[0]]],
      ],
    );
    assert.deepEqual(exceptionsOf(out), {});
  });

  it('treats a window holding only documents of other kinds as missing, not failed', () => {
    const out = run('quarterly', [doc('2026-02-01', 'firewall_review'), doc('2026-05-01', 'board_minutes')]);
    assert.deepEqual(exceptionsOf(out), { '2026-Q2': 'missing' });
  });

  it('ignores records of other types even when the control lists them', () => {
    const other = rec('policy_review', '2026-02-01', {
      policy: 'x',
      version: '1',
      approved_by: 'y',
      approved_at: '2026-02-01',
    });
    const out = run('quarterly', [other, doc('2026-05-01', 'firewall_review')], {
      evidence: ['document', 'policy_review'],
    });
    assert.deepEqual(exceptionsOf(out), { '2026-Q1': 'missing' });
  });

  it('works at monthly and annual frequencies, with the slot edges and grace days', () => {
    const monthly = run('monthly', [
      doc('2026-01-31T23:59:59Z', 'firewall_review'),
      doc('2026-02-01T00:00:00Z', 'firewall_review'),
      doc('2026-04-02', 'firewall_review'),
      doc('2026-05-15', 'firewall_review'),
      doc('2026-06-30', 'firewall_review'),
    ]);
    assert.deepEqual(exceptionsOf(monthly), { '2026-03': 'missing' });
    // With two grace days 01-31 still fills January, and 04-02 fills March as well as April.
    const graced = run(
      'monthly',
      [doc('2026-01-31', 'firewall_review'), doc('2026-04-02', 'firewall_review')],
      {
        grace_days: 2,
      },
    );
    assert.deepEqual(exceptionsOf(graced), {
      '2026-02': 'missing',
      '2026-05': 'missing',
      '2026-06': 'missing',
    });
    assert.equal(exceptionsOf(run('monthly', [doc('2026-04-02', 'firewall_review')]))['2026-03'], 'missing');
    // The annual window is 2025-07-01 … 2026-06-30.
    assert.deepEqual(exceptionsOf(run('annual', [doc('2025-07-01', 'firewall_review')])), {});
    assert.deepEqual(exceptionsOf(run('annual', [doc('2025-06-30', 'firewall_review')])), {
      annual: 'missing',
    });
  });

  it('takes the kind from the parameter, matched exactly; without one any document counts', () => {
    const records = [doc('2026-02-01', 'Firewall_Review'), doc('2026-05-01', 'board_minutes')];
    assert.deepEqual(exceptionsOf(run('quarterly', records)), { '2026-Q1': 'missing', '2026-Q2': 'missing' });
    assert.deepEqual(exceptionsOf(run('quarterly', records, { params: { kind: 'board_minutes' } })), {
      '2026-Q1': 'missing',
    });
    assert.deepEqual(exceptionsOf(run('quarterly', records, { params: {} })), {});
  });

  it('at frequency event makes each document of the kind in the period a met item, and nothing else', () => {
    const a = doc('2026-01-01T00:00:00Z', 'access_request');
    const b = doc('2026-06-30T23:59:59Z', 'access_request');
    const out = run(
      'event',
      [
        doc('2025-12-31T23:59:59Z', 'access_request'),
        a,
        doc('2026-03-01', 'board_minutes'),
        b,
        doc('2026-07-01T00:00:00Z', 'access_request'),
      ],
      { params: { kind: 'access_request' } },
    );
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.start]),
      [
        [a.id, 'met', '2026-01-01'],
        [b.id, 'met', '2026-06-30'],
      ],
    );
  });

  it('at frequency event has an empty population when no document of the kind occurred', () => {
    const out = run('event', [doc('2026-03-01', 'board_minutes')], { params: { kind: 'access_request' } });
    assert.deepEqual(out.units, []);
  });

  it('reads documents over the period for events and over the slot windows otherwise', () => {
    const ctx = (frequency: Frequency) =>
      context({ test: 'document', frequency, evidence: ['document'], period, params: { kind: 'k' } });
    assert.deepEqual(document.reads(ctx('event')), {
      types: ['document'],
      since: '2026-01-01',
      until: '2026-06-30',
    });
    assert.deepEqual(document.reads(ctx('annual')), {
      types: ['document'],
      since: '2025-07-01',
      until: '2026-06-30',
    });
  });
});
