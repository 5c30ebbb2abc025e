import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const optional = ['resolved_at', 'resolution', 'postmortem'] as const;

export const incidentFormat: ExportFormat = {
  type: 'incident',
  summary:
    'An incident tracker export: one row per incident. Each row is one record: subject = the incident id, event time = opened_at.',
  columns: [
    { name: 'id', kind: 'text', need: 'value', subject: true, doc: 'the tracker’s incident id' },
    { name: 'title', kind: 'text', need: 'value', doc: 'short description' },
    {
      name: 'severity',
      kind: 'enum',
      values: SEVERITIES,
      need: 'value',
      doc: 'severity (map SEV1–SEV4 to these before export)',
    },
    { name: 'opened_at', kind: 'instant', need: 'value', doc: 'when the incident was declared' },
    { name: 'resolved_at', kind: 'instant', need: 'optional', doc: 'when it was resolved; empty while open' },
    { name: 'resolution', kind: 'text', need: 'optional', doc: 'how it was resolved' },
    { name: 'postmortem', kind: 'text', need: 'optional', doc: 'link to or id of the post-incident review' },
  ],
  build: (rows) =>
    rows.map((r) => {
      const data: Record<string, unknown> = {
        id: r.text('id'),
        title: r.text('title'),
        severity: r.text('severity'),
        opened_at: r.text('opened_at'),
      };
      for (const c of optional) if (r.has(c)) data[c] = r.text(c);
      return { type: 'incident', subject: r.text('id'), observed_at: observedAt(r.text('opened_at')), data };
    }),
};
