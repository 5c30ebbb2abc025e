import type { Payload } from '../../core/evidence/payload-schemas.ts';
import type { ControlTestDefinition, TestContext, Unit } from '../control-test-run.ts';
import { daysBetween } from '../instant.ts';
import { listParam, numberParam } from '../params.ts';

type Severity = Payload<'vulnerability_scan'>['findings'][number]['severity'];

/** A finding still listed by the latest scan of its target. */
type Open = { severity: Severity; firstSeen: string; firstScan: string; lastScan: number };

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const DEFAULT_SLA: Record<Severity, number> = { critical: 15, high: 30, medium: 90, low: 180 };
const PENDING_SHOWN = 50;

const slaOf = (ctx: TestContext): Record<Severity, number> =>
  Object.fromEntries(
    SEVERITIES.map((s) => [s, numberParam(ctx.params, `sla_days_${s}`, DEFAULT_SLA[s])]),
  ) as Record<Severity, number>;

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * `vuln-remediation` (event): each finding (id, target) of a severity in `severities` (default critical,
 * high) first seen in the period is remediated within its SLA (`sla_days_<severity>`: 15 / 30 / 90 / 180
 * days). First seen = the first scan listing it (its severity there counts); remediated = the first later
 * scan covering its target that no longer lists it. SLA days are whole days between the two scans'
 * dates. Open at the period's end and past its SLA is an exception; open and not yet due is pending,
 * outside the population. A finding that comes back after remediation is a new finding, labelled
 * `<id>@<target>#2` and so on.
 *
 * First-seen needs the history, so scans are read from the beginning of time; a benchmark feeds a year
 * of weekly scans of 50,000 findings each, so the run keeps only the open findings, indexed by target
 * then id, and does one pass over each scan's findings plus one over the open findings of its targets.
 */
export const vulnRemediation: ControlTestDefinition = {
  id: 'vuln-remediation',
  reads: (ctx) => ({ types: ['vulnerability_scan'], until: ctx.period.end }),
  start(ctx) {
    const { start, end } = ctx.period;
    const wanted = new Set(listParam(ctx.params, 'severities') ?? ['critical', 'high']);
    const sla = slaOf(ctx);
    const open = new Map<string, Map<string, Open>>();
    // Occurrences so far of findings in the population, so a finding that returns gets its own label.
    const occurrences = new Map<string, number>();
    const units: Unit[] = [];
    const counts: Record<string, number> = {};
    let scans = 0;
    let remediated = 0;
    let totalDays = 0;

    const inPopulation = (f: Open) => wanted.has(f.severity) && f.firstSeen >= start && f.firstSeen <= end;

    const unit = (
      id: string,
      target: string,
      f: Open,
      status: Unit['status'],
      evidence: string[],
      reason?: string,
    ) => {
      const key = `${id}@${target}`;
      const n = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, n);
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      const label = n === 1 ? key : `${key}#${n}`;
      units.push({
        label,
        start: f.firstSeen,
        end: f.firstSeen,
        status,
        evidence,
        ...(reason ? { reason } : {}),
      });
    };

    return {
      add(record) {
        const day = record.observed_at.slice(0, 10);
        if (record.type !== 'vulnerability_scan' || day > end) return;
        const scan = record.data as Payload<'vulnerability_scan'>;
        const seq = ++scans;
        for (const f of scan.findings) {
          let byId = open.get(f.target);
          if (!byId) {
            byId = new Map();
            open.set(f.target, byId);
          }
          const known = byId.get(f.id);
          if (known) known.lastScan = seq;
          else byId.set(f.id, { severity: f.severity, firstSeen: day, firstScan: record.id, lastScan: seq });
        }
        for (const target of scan.targets) {
          const byId = open.get(target);
          if (!byId) continue;
          for (const [id, f] of byId) {
            if (f.lastScan === seq) continue;
            byId.delete(id);
            if (!inPopulation(f)) continue;
            const taken = daysBetween(f.firstSeen, day);
            remediated++;
            totalDays += taken;
            const evidence = [f.firstScan, record.id];
            if (taken <= sla[f.severity]) unit(id, target, f, 'met', evidence);
            else
              unit(
                id,
                target,
                f,
                'failed',
                evidence,
                `failed: remediated after ${days(taken)}, SLA ${sla[f.severity]}`,
              );
          }
        }
      },
      finish() {
        const pending: string[] = [];
        for (const [target, byId] of open) {
          for (const [id, f] of byId) {
            if (!inPopulation(f)) continue;
            const age = daysBetween(f.firstSeen, end);
            if (age > sla[f.severity])
              unit(
                id,
                target,
                f,
                'failed',
                [f.firstScan],
                `failed: still open after ${days(age)}, SLA ${sla[f.severity]}`,
              );
            else pending.push(`${id}@${target}`);
          }
        }
        units.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.label < b.label ? -1 : 1));
        return {
          units,
          details: {
            findings: units.length,
            by_severity: counts,
            remediated,
            exceptions: units.filter((u) => u.status !== 'met').length,
            mean_days_to_remediate: remediated ? Math.round((totalDays / remediated) * 10) / 10 : null,
            pending: pending.slice(0, PENDING_SHOWN),
            pending_count: pending.length,
          },
        };
      },
    };
  },
};
