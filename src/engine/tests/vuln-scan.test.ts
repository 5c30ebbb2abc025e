import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

const scan = (day: string, targets = ['api']) =>
  rec('vulnerability_scan', day, { scanner: 'trivy', targets, findings: [] });

describe('vuln-scan', () => {
  const period = { start: '2026-03-02', end: '2026-03-29' }; // four ISO weeks, W10–W13
  const base = { test: 'vuln-scan', frequency: 'weekly', evidence: ['vulnerability_scan'], period } as const;

  it('is met by one scan a week and names the week with none as missing', () => {
    const out = runTest(context(base), [scan('2026-03-03'), scan('2026-03-10'), scan('2026-03-26')]);
    assert.equal(out.units.length, 4);
    assert.deepEqual(exceptionsOf(out), { '2026-W12': 'missing' });
  });

  it('fails a week whose scans miss a listed target and says which', () => {
    const ctx = context({ ...base, params: { targets: ['api', 'web'] } });
    const out = runTest(ctx, [
      scan('2026-03-03', ['api', 'web']),
      scan('2026-03-10', ['api']),
      scan('2026-03-11', ['web']),
      scan('2026-03-17', ['api']),
      scan('2026-03-24', ['api', 'web']),
    ]);
    assert.deepEqual(exceptionsOf(out), { '2026-W12': 'failed: not scanned: web' });
  });

  it('counts a late scan within the grace days for the week before', () => {
    const ctx = context({ ...base, grace_days: 2 });
    const out = runTest(ctx, [
      scan('2026-03-03'),
      scan('2026-03-17'),
      scan('2026-03-24'),
      scan('2026-03-31'),
    ]);
    // W11 (03-09..03-15) has no scan of its own; 03-17 is within its two grace days.
    assert.deepEqual(exceptionsOf(out), {});
    assert.deepEqual(
      exceptionsOf(runTest(context(base), [scan('2026-03-03'), scan('2026-03-17'), scan('2026-03-24')])),
      {
        '2026-W11': 'missing',
      },
    );
  });
});
