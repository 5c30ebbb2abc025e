import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

/** One check per performed_at; its rows are the resources, in file order. */
export const capacityCheckFormat: ExportFormat = {
  type: 'capacity_check',
  summary:
    'A capacity review: one row per resource checked. Rows with the same performed_at form one check (one record, subject `capacity`, event time = performed_at).',
  columns: [
    { name: 'performed_at', kind: 'instant', need: 'value', doc: 'when the check was performed' },
    { name: 'name', kind: 'text', need: 'value', doc: 'the resource (cluster, database, queue …)' },
    {
      name: 'utilization_pct',
      kind: 'number',
      need: 'value',
      doc: 'utilisation in percent (may exceed 100)',
    },
    {
      name: 'threshold_pct',
      kind: 'number',
      max: 100,
      need: 'value',
      doc: 'the threshold that triggers action, 0–100',
    },
    {
      name: 'scaling_trigger',
      kind: 'text',
      need: 'optional',
      doc: 'what happens at the threshold (autoscaling rule, ticket); empty when nothing',
    },
  ],
  build(rows) {
    const checks = new Map<string, unknown[]>();
    for (const r of rows) {
      const at = r.text('performed_at');
      const resources = checks.get(at) ?? [];
      checks.set(at, resources);
      resources.push({
        name: r.text('name'),
        utilization_pct: r.number('utilization_pct'),
        threshold_pct: r.number('threshold_pct'),
        scaling_trigger: r.optText('scaling_trigger') ?? null,
      });
    }
    return [...checks].map(([at, resources]) => ({
      type: 'capacity_check',
      subject: 'capacity',
      observed_at: observedAt(at),
      data: { performed_at: at, resources },
    }));
  },
};
