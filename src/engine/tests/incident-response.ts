import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { type ControlTestDefinition, MAX_UNIT_EVIDENCE, type Unit } from '../control-test-run.ts';
import { eventReads } from '../define-event-test.ts';
import { HOUR_MS, instantDate, instantMs } from '../instant.ts';
import { listParam } from '../params.ts';

type Incident = Payload<'incident'>;
type Item = { incident: Incident; ids: string[] };

const filled = (s: string | null | undefined) => !!s?.trim();

function why(incident: Incident, postmortem: ReadonlySet<string>): string | null {
  const reasons: string[] = [];
  if (!incident.resolved_at) reasons.push('not resolved');
  else if (!filled(incident.resolution)) reasons.push('resolved without a recorded resolution');
  if (postmortem.has(incident.severity) && !filled(incident.postmortem))
    reasons.push(`no postmortem (${incident.severity})`);
  return reasons.length ? reasons.join('; ') : null;
}

/**
 * `incident-response` (event: incidents opened in the period): each incident is resolved with a written
 * resolution, and those of a severity in `postmortem_severities` (default critical, high) have a
 * postmortem. An incident tracker exports the same incident again as it moves on, so records are
 * grouped by the incident's `id` (its label) and the latest record read is its state.
 */
export const incidentResponse: ControlTestDefinition = {
  id: 'incident-response',
  reads: eventReads,
  start(ctx) {
    const postmortem = new Set(listParam(ctx.params, 'postmortem_severities') ?? ['critical', 'high']);
    const items = new Map<string, Item>();
    return {
      add(record) {
        if (record.type !== 'incident') return;
        const incident = record.data as Incident;
        const day = instantDate(incident.opened_at);
        if (day < ctx.period.start || day > ctx.period.end) return;
        const item = items.get(incident.id);
        if (!item) items.set(incident.id, { incident, ids: [record.id] });
        else {
          item.incident = incident;
          if (item.ids.length < MAX_UNIT_EVIDENCE) item.ids.push(record.id);
        }
      },
      finish() {
        const all = [...items.values()].sort(
          (a, b) => instantMs(a.incident.opened_at) - instantMs(b.incident.opened_at),
        );
        const units: Unit[] = all.map(({ incident, ids }) => {
          const day = instantDate(incident.opened_at);
          const reason = why(incident, postmortem);
          const base = { label: incident.id, start: day, end: day, evidence: ids };
          return reason === null
            ? { ...base, status: 'met' }
            : { ...base, status: 'failed', reason: `failed: ${reason}` };
        });
        const bySeverity: Record<string, number> = {};
        let resolved = 0;
        let hours = 0;
        for (const { incident } of all) {
          bySeverity[incident.severity] = (bySeverity[incident.severity] ?? 0) + 1;
          if (!incident.resolved_at) continue;
          resolved++;
          hours += (instantMs(incident.resolved_at) - instantMs(incident.opened_at)) / HOUR_MS;
        }
        const open = all.filter((i) => !i.incident.resolved_at).map((i) => i.incident.id);
        return {
          units: ctx.mode === 'I' ? units.slice(-1) : units,
          details: {
            incidents: all.length,
            by_severity: bySeverity,
            resolved,
            mean_hours_to_resolve: resolved ? Math.round((hours / resolved) * 10) / 10 : null,
            open,
          },
        };
      },
    };
  },
};
