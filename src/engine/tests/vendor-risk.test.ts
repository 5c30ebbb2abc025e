import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Vendor } from '../../core/programme.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';
import { vendorRisk } from './vendor-risk.ts';

const vendor = (name: string): Vendor => ({
  name,
  service: 'hosting',
  tier: 'high',
  subservice: false,
  csocs: [],
});
const assessment = (day: string, name: string) =>
  rec('vendor_assessment', day, { vendor: name, tier: 'high', assessed_at: day });

describe('vendor-risk', () => {
  // The annual window is the 365 days ending on 2026-06-30: 2025-07-01 … 2026-06-30.
  const period = { start: '2026-01-01', end: '2026-06-30' };
  const base = { test: 'vendor-risk', frequency: 'annual', evidence: ['vendor_assessment'], period } as const;
  const run = (records: ReturnType<typeof rec>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, vendorRisk);
  const listed = { vendors: [vendor('AWS'), vendor('Stripe'), vendor('Slack')] };

  it('reads assessments from the beginning of time to the end of the window', () => {
    assert.deepEqual(vendorRisk.reads(context(base)), { types: ['vendor_assessment'], until: '2026-06-30' });
    assert.equal(vendorRisk.reads(context({ ...base, grace_days: 5 })).until, '2026-07-05');
  });

  it('is met when every vendor of evident.yaml was assessed in the window (names case-insensitive)', () => {
    const records = [
      assessment('2025-08-01', 'aws'),
      assessment('2026-02-01', 'STRIPE'),
      assessment('2026-03-01', 'Slack'),
    ];
    const out = run(records, listed);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence.length]),
      [['annual', 'met', 3]],
    );
    assert.deepEqual(out.details, { vendors: ['AWS', 'Stripe', 'Slack'], not_assessed: [] });
  });

  it('is missing when nothing was assessed in the window', () => {
    assert.deepEqual(exceptionsOf(run([], listed)), { annual: 'missing' });
    assert.deepEqual(exceptionsOf(run([assessment('2024-05-01', 'AWS')], listed)), { annual: 'missing' });
  });

  it('names vendors never assessed and those last assessed before the window', () => {
    const out = run(
      [
        assessment('2023-04-01', 'Stripe'),
        assessment('2024-05-01', 'stripe'),
        assessment('2026-01-10', 'AWS'),
      ],
      listed,
    );
    assert.deepEqual(exceptionsOf(out), {
      annual: 'failed: never assessed: Slack; not assessed in the window: Stripe (last 2024-05-01)',
    });
    assert.deepEqual(out.details.not_assessed, ['Stripe', 'Slack']);
  });

  it('without listed vendors, requires every vendor ever assessed', () => {
    const out = run([assessment('2024-03-01', 'Datadog'), assessment('2026-02-01', 'AWS')]);
    assert.deepEqual(exceptionsOf(out), {
      annual: 'failed: not assessed in the window: Datadog (last 2024-03-01)',
    });
    assert.deepEqual(out.details.vendors, ['Datadog', 'AWS']);
  });

  it('takes the `vendors` parameter over evident.yaml', () => {
    const out = run([assessment('2026-02-01', 'AWS')], { ...listed, params: { vendors: ['aws', 'GitHub'] } });
    assert.deepEqual(exceptionsOf(out), { annual: 'failed: never assessed: GitHub' });
  });

  it('counts the window edges only, and the grace days after the end', () => {
    const vendors = { vendors: [vendor('AWS')] };
    assert.deepEqual(exceptionsOf(run([assessment('2025-07-01T00:00:00Z', 'AWS')], vendors)), {});
    assert.deepEqual(exceptionsOf(run([assessment('2026-06-30T23:59:59Z', 'AWS')], vendors)), {});
    const outside = [
      assessment('2025-06-30T23:59:59Z', 'AWS'),
      assessment('2026-07-01T00:00:00Z', 'AWS'),
      assessment('2026-02-01', 'Slack'),
    ];
    assert.deepEqual(exceptionsOf(run(outside, vendors)), {
      annual: 'failed: not assessed in the window: AWS (last 2025-06-30)',
    });
    assert.deepEqual(exceptionsOf(run(outside, { ...vendors, grace_days: 1 })), {});
  });

  it('caps the list of vendors', () => {
    const names = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
    const out = run([assessment('2026-02-01', 'AWS')], { vendors: ['AWS', ...names].map(vendor) });
    assert.deepEqual(exceptionsOf(out), { annual: 'failed: never assessed: V1, V2, V3, V4, V5 and 1 more' });
  });
});
