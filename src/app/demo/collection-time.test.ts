import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceDraft } from '../../core/evidence/envelope.ts';
import type { EvidenceType } from '../../core/evidence-type.ts';
import { RETROACTIVE_DAYS } from '../../engine/control-run.ts';
import { collectionTime, LATE_FILINGS } from './collection-time.ts';

const draft = (type: EvidenceType, subject: string, observed_at: string): EvidenceDraft =>
  ({ type, source: 'test', subject, observed_at, data: {}, artifacts: [] }) as unknown as EvidenceDraft;
const FAR = Date.parse('2100-01-01T00:00:00Z');
const minutesAfter = (d: EvidenceDraft, notAfter = FAR) =>
  (Date.parse(collectionTime(d, notAfter)) - Date.parse(d.observed_at)) / 60_000;

describe('collectionTime', () => {
  const days = Array.from(
    { length: 50 },
    (_, i) => `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00.000Z`,
  );

  it('collects a collector snapshot minutes after it was taken, an export hours after', () => {
    for (const [n, at] of days.entries()) {
      const tls = minutesAfter(draft('tls_scan', `host-${n}`, at));
      assert.ok(tls >= 2 && tls < 20, `tls_scan after ${tls} min`);
      const change = minutesAfter(draft('change', `repo-${n}`, at));
      assert.ok(change >= 10 / 60 && change < 3, `change after ${change} min`);
      const roster = minutesAfter(draft('personnel', `all-${n}`, at));
      assert.ok(roster >= 60 && roster < 8 * 60, `personnel after ${roster} min`);
    }
  });

  it('spreads the delays and gives a record the same delay every time', () => {
    const delays = days.map((at, n) => minutesAfter(draft('alert_rules', `svc-${n}`, at)));
    assert.ok(new Set(delays).size > 20);
    assert.deepEqual(
      days.map((at, n) => minutesAfter(draft('alert_rules', `svc-${n}`, at))),
      delays,
    );
  });

  it('files the late records at least RETROACTIVE_DAYS after their event, and only those', () => {
    for (const late of LATE_FILINGS) {
      const days = minutesAfter(draft(late.type, 'x', '2026-05-01T16:00:00.000Z')) / 1440;
      assert.ok(days >= RETROACTIVE_DAYS && days >= late.days, `${late.type} after ${days} days`);
    }
    assert.ok(minutesAfter(draft('vendor_assessment', 'x', '2026-05-01T11:00:00.000Z')) < 1440);
  });

  it('never collects after notAfter, nor before the event', () => {
    const d = draft('pentest', 'x', '2026-05-01T16:00:00.000Z');
    const notAfter = Date.parse('2026-05-03T00:00:00Z');
    assert.equal(collectionTime(d, notAfter), '2026-05-03T00:00:00.000Z');
    assert.equal(collectionTime(d, Date.parse('2026-04-01T00:00:00Z')), d.observed_at);
  });
});
