import type { Params } from '../../core/control.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { listParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { defineSummarySlotTest } from './define-summary-slot-test.ts';
import { nameList } from './name-list.ts';

/** A day's view of one target: a passing summary's id, or the latest failing one's id and why. */
type TargetDay = { pass?: string; fail?: string; why?: string };

type Totals = { checks: number; failed: number; downtime: number };

/** The `targets` parameter; an empty list means the default (every target seen). */
const listedTargets = (params: Params): string[] | undefined => {
  const listed = listParam(params, 'targets');
  return listed?.length ? listed : undefined;
};

/** Why one `uptime_summary` does not show monitoring at work, or null. */
const problemOf = (u: Payload<'uptime_summary'>): string | null => {
  const problems = [...(u.checks > 0 ? [] : ['no checks ran']), ...(u.alerting ? [] : ['alerting off'])];
  return problems.length ? problems.join(', ') : null;
};

/**
 * `uptime-monitoring` (continuous: daily slots): each day, every target (param `targets`; by default every
 * target seen anywhere in the run, so a target that appears on some days is expected on all of them) has
 * an `uptime_summary` with `checks > 0` and `alerting: true`; any one passing summary of the day counts
 * for its target. Only monitoring is judged, not availability itself: downtime and failed checks are
 * reported in the details (over the period's days), not as exceptions. Each day keeps only a per-target
 * verdict, and days are judged at finish, once the full target set is known. With `targets`, summaries of
 * other targets are ignored entirely (a day with only those is `missing`).
 */
export const uptimeMonitoring = acceptOnly(
  defineSummarySlotTest<Map<string, TargetDay>>({
    id: 'uptime-monitoring',
    start(ctx) {
      const listed = listedTargets(ctx.params);
      const seen = new Set<string>(listed ?? []);
      const totals = new Map<string, Totals>();
      const targets = () => listed ?? [...seen].sort();
      return {
        empty: () => new Map(),
        observe(record) {
          const u = record.data as Payload<'uptime_summary'>;
          seen.add(u.target);
          const day = record.observed_at.slice(0, 10);
          if (day < ctx.period.start || day > ctx.period.end) return;
          const t = totals.get(u.target) ?? { checks: 0, failed: 0, downtime: 0 };
          t.checks += u.checks;
          t.failed += u.failed_checks;
          t.downtime += u.downtime_minutes;
          totals.set(u.target, t);
        },
        fold(day, record) {
          const u = record.data as Payload<'uptime_summary'>;
          const entry = day.get(u.target) ?? {};
          const why = problemOf(u);
          if (why === null) entry.pass ??= record.id;
          else {
            entry.fail = record.id;
            entry.why = why;
          }
          day.set(u.target, entry);
        },
        judge(day) {
          const failing: string[] = [];
          const absent: string[] = [];
          const evidence: string[] = [];
          for (const target of targets()) {
            const entry = day.get(target);
            if (!entry) absent.push(target);
            else if (entry.pass) evidence.push(entry.pass);
            else {
              failing.push(`${target}: ${entry.why}`);
              if (entry.fail) evidence.unshift(entry.fail);
            }
          }
          if (!failing.length && !absent.length) return { ok: true, evidence };
          const reasons = [
            ...(failing.length ? [nameList(failing, 5, '; ')] : []),
            ...(absent.length ? [`no summary for ${nameList(absent)}`] : []),
          ];
          return { ok: false, reason: reasons.join('; '), ...(evidence.length ? { evidence } : {}) };
        },
        details() {
          const figures = Object.fromEntries(
            targets().map((target) => {
              const t = totals.get(target) ?? { checks: 0, failed: 0, downtime: 0 };
              const availability = t.checks ? Math.round((1 - t.failed / t.checks) * 10_000) / 100 : null;
              return [
                target,
                { checks: t.checks, availability_pct: availability, downtime_minutes: t.downtime },
              ];
            }),
          );
          return { targets: targets(), by_target: figures };
        },
      };
    },
  }),
  (record, ctx) => {
    if (record.type !== 'uptime_summary') return false;
    const listed = listedTargets(ctx.params);
    return !listed || listed.includes((record.data as Payload<'uptime_summary'>).target);
  },
);
