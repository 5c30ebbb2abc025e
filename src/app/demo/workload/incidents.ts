import { int, pick } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';

const DAY_MS = 86_400_000;
const INCIDENT_TITLES = [
  'Elevated 5xx rate on checkout',
  'Delayed webhook deliveries',
  'Login failures for SSO users',
  'Search index lagging behind writes',
  'Suspicious login attempts on admin accounts',
  'Leaked API key in a public gist',
  'Phishing email reported by staff',
  'Database failover during peak traffic',
  'Misconfigured bucket policy',
];

/**
 * Incidents, each exported when opened, again when resolved and, for critical and high ones, once more
 * when the postmortem is linked a few days later; the third incident (planted) never gets one.
 */
export function scheduleIncidents(ctx: WorkloadContext): void {
  const { cal, plan } = ctx;
  const missingPostmortem = Math.min(ctx.sizes.incidents - 1, 2);
  for (let n = 0; n < ctx.sizes.incidents; n++) {
    const id = `INC-${1001 + n}`;
    const open = int(plan, cal.days - 25);
    const openedAt = cal.at(open, int(plan, 86_400));
    const severity =
      n === missingPostmortem
        ? 'high'
        : pick(plan, ['critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'low'] as const);
    const hours = 1 + plan() * 30;
    const resolvedMs = Date.parse(openedAt) + hours * 3_600_000;
    const resolvedAt = new Date(resolvedMs).toISOString();
    const resolvedDay = Math.floor((resolvedMs - cal.startMs) / DAY_MS);
    const title = pick(plan, INCIDENT_TITLES);
    const base = { id, title, severity, opened_at: openedAt };
    const record = (day: number, observedAt: string, data: object): void =>
      ctx.on(day, () => ({
        type: 'incident',
        source: 'pagerduty',
        subject: id,
        observed_at: observedAt,
        data: { ...base, ...data },
      }));
    record(open, openedAt, { resolved_at: null, resolution: null, postmortem: null });
    record(resolvedDay, resolvedAt, {
      resolved_at: resolvedAt,
      resolution: 'Mitigated and root cause fixed',
      postmortem: null,
    });
    if (severity === 'critical' || severity === 'high') {
      if (n === missingPostmortem) {
        ctx.planted.push({
          control: 'incident-response',
          expect: 'exception',
          match: id,
          what: `${id} (high) resolved without a postmortem`,
        });
        continue;
      }
      const day = resolvedDay + 3 + int(plan, 6);
      record(day, cal.at(day, 10 * 3600), {
        resolved_at: resolvedAt,
        resolution: 'Mitigated and root cause fixed',
        postmortem: `https://wiki.${ctx.domain}/postmortems/${id}`,
      });
    }
  }
}
