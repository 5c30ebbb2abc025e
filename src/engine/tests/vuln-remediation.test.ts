import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../../core/dates.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';
import { vulnRemediation } from './vuln-remediation.ts';

type Severity = 'critical' | 'high' | 'medium' | 'low';
type Finding = [id: string, severity: Severity, target: string];

const scan = (day: string, targets: string[], findings: Finding[]) =>
  rec('vulnerability_scan', day, {
    scanner: 'trivy',
    targets,
    findings: findings.map(([id, severity, target]) => ({ id, severity, target })),
  });

const period = { start: '2026-01-01', end: '2026-06-30' };
const base = {
  test: 'vuln-remediation',
  frequency: 'event',
  evidence: ['vulnerability_scan'],
  period,
} as const;
const run = (records: ReturnType<typeof scan>[], more: Partial<Parameters<typeof context>[0]> = {}) =>
  runTest(context({ ...base, ...more }), records, vulnRemediation);

describe('vuln-remediation', () => {
  const critical: Finding = ['CVE-1', 'critical', 'api'];
  const high: Finding = ['CVE-2', 'high', 'api'];

  it('reads every scan from the beginning of time to the end of the period', () => {
    assert.deepEqual(vulnRemediation.reads(context(base)), {
      types: ['vulnerability_scan'],
      until: '2026-06-30',
    });
  });

  it('meets a finding remediated within its SLA, labelled by finding and target', () => {
    const first = scan('2026-02-02', ['api'], [critical, high]);
    const fixed = scan('2026-02-09', ['api'], [high]);
    const highFixed = scan('2026-02-23', ['api'], []);
    const out = run([first, fixed, highFixed]);
    assert.deepEqual(out.units, [
      {
        label: 'CVE-1@api',
        start: '2026-02-02',
        end: '2026-02-02',
        status: 'met',
        evidence: [first.id, fixed.id],
      },
      {
        label: 'CVE-2@api',
        start: '2026-02-02',
        end: '2026-02-02',
        status: 'met',
        evidence: [first.id, highFixed.id],
      },
    ]);
    assert.deepEqual(out.details, {
      findings: 2,
      by_severity: { critical: 1, high: 1 },
      remediated: 2,
      exceptions: 0,
      mean_days_to_remediate: 14, // (7 + 21) / 2
      pending: [],
      pending_count: 0,
    });
  });

  it('fails a finding remediated after its SLA, and allows exactly the SLA', () => {
    const out = run([
      scan('2026-02-01', ['api'], [critical, high]),
      scan('2026-02-16', ['api'], [high]), // critical: 15 days, exactly the SLA
      scan('2026-03-04', ['api'], []), // high: 31 days, SLA 30
    ]);
    assert.deepEqual(exceptionsOf(out), { 'CVE-2@api': 'failed: remediated after 31 days, SLA 30' });
    const late = run([scan('2026-02-01', ['api'], [critical]), scan('2026-02-17', ['api'], [])]);
    assert.deepEqual(exceptionsOf(late), { 'CVE-1@api': 'failed: remediated after 16 days, SLA 15' });
  });

  it('fails a finding open past its SLA at the end and keeps one not yet due out of the population', () => {
    const out = run([
      scan('2026-06-01', ['api', 'web'], [critical, high, ['CVE-3', 'critical', 'web']]),
      scan('2026-06-15', ['api'], [critical, high]), // web not scanned again: CVE-3 stays open
    ]);
    // Critical: open 29 days at 2026-06-30, SLA 15. High: 29 days, SLA 30, not yet due.
    assert.deepEqual(exceptionsOf(out), {
      'CVE-1@api': 'failed: still open after 29 days, SLA 15',
      'CVE-3@web': 'failed: still open after 29 days, SLA 15',
    });
    assert.equal(out.units.length, 2);
    assert.deepEqual(out.details.pending, ['CVE-2@api']);
    assert.equal(out.details.pending_count, 1);
    // Due exactly on the last day of the period: still pending.
    const due = run([scan('2026-06-15', ['api'], [critical])]);
    assert.deepEqual(due.units, []);
    assert.deepEqual(due.details.pending, ['CVE-1@api']);
    assert.deepEqual(exceptionsOf(run([scan('2026-06-14', ['api'], [critical])])), {
      'CVE-1@api': 'failed: still open after 16 days, SLA 15',
    });
  });

  it('only counts findings first seen in the period, using the history before it', () => {
    const out = run([
      scan('2025-11-03', ['api'], [critical]), // first seen before the period
      scan('2025-12-31T23:59:59Z', ['api'], [critical, high]), // still before
      scan('2026-01-01T00:00:00Z', ['api'], [critical, high, ['CVE-4', 'high', 'api']]),
      scan('2026-06-30T23:59:59Z', ['api'], [['CVE-5', 'critical', 'api']]),
      scan('2026-07-01T00:00:00Z', ['api'], [['CVE-6', 'critical', 'api']]), // after the period
    ]);
    // CVE-1 and CVE-2 were late, but first seen before the period; CVE-5 was first seen on its last day.
    assert.deepEqual(
      out.units.map((u) => [u.label, u.start, u.status]),
      [['CVE-4@api', '2026-01-01', 'failed']],
    );
    assert.deepEqual(out.details.pending, ['CVE-5@api']);
  });

  it('is remediated only by a scan that covers the finding’s target', () => {
    const a = scan('2026-03-01', ['api', 'web'], [critical, ['CVE-1', 'critical', 'web']]);
    const webOnly = scan('2026-03-05', ['web'], []);
    const apiLater = scan('2026-03-20', ['api'], []);
    const out = run([a, webOnly, apiLater]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.status, u.evidence]),
      [
        ['CVE-1@api', 'failed', [a.id, apiLater.id]],
        ['CVE-1@web', 'met', [a.id, webOnly.id]],
      ],
    );
    assert.equal(exceptionsOf(out)['CVE-1@api'], 'failed: remediated after 19 days, SLA 15');
  });

  it('judges the severities and SLA days of the parameters', () => {
    const records = [
      scan('2026-02-01', ['api'], [critical, ['CVE-7', 'medium', 'api'], ['CVE-8', 'low', 'api']]),
      scan('2026-03-13', ['api'], []), // 40 days later
    ];
    assert.deepEqual(
      run(records).units.map((u) => u.label),
      ['CVE-1@api'],
    );
    const all = run(records, {
      params: { severities: ['critical', 'medium', 'low'], sla_days_low: 30, sla_days_critical: 40 },
    });
    assert.deepEqual(exceptionsOf(all), { 'CVE-8@api': 'failed: remediated after 40 days, SLA 30' });
    assert.deepEqual(all.details.by_severity, { critical: 1, medium: 1, low: 1 });
    assert.equal(all.details.mean_days_to_remediate, 40);
  });

  it('keeps the severity of the scan that first listed the finding', () => {
    const out = run([
      scan('2026-02-01', ['api'], [['CVE-9', 'medium', 'api']]),
      scan('2026-02-08', ['api'], [['CVE-9', 'critical', 'api']]),
      scan('2026-05-01', ['api'], []),
    ]);
    assert.deepEqual(out.units, []);
  });

  it('treats a finding that comes back after remediation as a new one', () => {
    const out = run([
      scan('2026-02-01', ['api'], [critical]),
      scan('2026-02-08', ['api'], []),
      scan('2026-03-01', ['api'], [critical]),
      scan('2026-04-01', ['api'], []),
    ]);
    assert.deepEqual(
      out.units.map((u) => [u.label, u.start, u.reason ?? u.status]),
      [
        ['CVE-1@api', '2026-02-01', 'met'],
        ['CVE-1@api#2', '2026-03-01', 'failed: remediated after 31 days, SLA 15'],
      ],
    );
  });

  it('caps the pending list in the details and counts all of it', () => {
    const findings = Array.from({ length: 60 }, (_, i): Finding => [`CVE-${100 + i}`, 'high', 'api']);
    const out = run([scan('2026-06-20', ['api'], findings)]);
    assert.equal((out.details.pending as string[]).length, 50);
    assert.equal(out.details.pending_count, 60);
    assert.equal(out.details.mean_days_to_remediate, null);
  });

  it('property: listed by scans [a, b), a finding is remediated by the first scan from b covering it', () => {
    const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
    const targets = ['t0', 't1', 't2'];
    // Weekly gaps and SLAs in whole weeks are frequent, so remediation exactly on the SLA comes up often.
    const gap = fc.oneof(fc.constant(7), fc.integer({ min: 0, max: 20 }));
    const slaDays = fc.oneof(fc.constantFrom(7, 14, 21), fc.nat(40));
    const arb = fc.record({
      gaps: fc.array(gap, { minLength: 1, maxLength: 14 }),
      covers: fc.array(fc.subarray(targets, { minLength: 1 }), { minLength: 14, maxLength: 14 }),
      findings: fc.array(
        fc.record({
          target: fc.constantFrom(...targets),
          severity: fc.constantFrom(...severities),
          a: fc.nat(12),
          len: fc.integer({ min: 1, max: 8 }),
        }),
        { maxLength: 25 },
      ),
      from: fc.nat(60),
      length: fc.nat(200),
      wanted: fc.subarray(severities, { minLength: 1 }),
      sla: fc.tuple(slaDays, slaDays, slaDays, slaDays),
    });
    fc.assert(
      fc.property(arb, ({ gaps, covers, findings, from, length, wanted, sla }) => {
        const days: string[] = [];
        let day = '2026-01-01';
        for (const g of gaps) {
          day = addDays(day, g);
          days.push(day);
        }
        const start = addDays('2026-01-01', from);
        const end = addDays(start, length);
        const scans = days.map((d, i) => {
          const covered = covers[i] as string[];
          const listed = findings.flatMap((f, k): Finding[] =>
            i >= f.a && i < f.a + f.len && covered.includes(f.target)
              ? [[`F${k}`, f.severity, f.target]]
              : [],
          );
          return scan(d, covered, listed);
        });
        const params = {
          severities: wanted,
          sla_days_critical: sla[0],
          sla_days_high: sla[1],
          sla_days_medium: sla[2],
          sla_days_low: sla[3],
        };
        const slaOf = (s: Severity) => sla[severities.indexOf(s)] as number;
        const out = run(scans, { period: { start, end }, params });

        const expected = new Map<string, { start: string; status: string; evidence: string[] }>();
        const pending: string[] = [];
        findings.forEach((f, k) => {
          const seen = (i: number) =>
            (days[i] as string) <= end && (covers[i] as string[]).includes(f.target);
          const first = days.findIndex((_, i) => i >= f.a && i < f.a + f.len && seen(i));
          if (first < 0) return;
          const firstDay = days[first] as string;
          if (firstDay < start || firstDay > end || !wanted.includes(f.severity)) return;
          const label = `F${k}@${f.target}`;
          const fixed = days.findIndex((_, j) => j >= f.a + f.len && seen(j));
          const elapsed = (to: string) => (Date.parse(to) - Date.parse(firstDay)) / 86_400_000;
          const ids = [(scans[first] as { id: string }).id];
          if (fixed >= 0) {
            const taken = elapsed(days[fixed] as string);
            const status = taken <= slaOf(f.severity) ? 'met' : 'failed';
            expected.set(label, {
              start: firstDay,
              status,
              evidence: [...ids, (scans[fixed] as { id: string }).id],
            });
          } else if (elapsed(end) > slaOf(f.severity))
            expected.set(label, { start: firstDay, status: 'failed', evidence: ids });
          else pending.push(label);
        });

        const actual = new Map(
          out.units.map((u) => [u.label, { start: u.start, status: u.status, evidence: u.evidence }]),
        );
        assert.deepEqual(actual, expected);
        assert.deepEqual([...(out.details.pending as string[])].sort(), pending.sort());
        for (const u of out.units)
          assert.ok(u.start >= start && u.start <= end, `${u.label} first seen ${u.start}`);
      }),
      { numRuns: 300 },
    );
  });
});
