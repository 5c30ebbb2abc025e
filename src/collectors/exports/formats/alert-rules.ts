import type { ExportFormat } from '../export-format.ts';
import { AS_OF, snapshot } from './snapshot.ts';

const SUBJECT = 'monitoring';

export const alertRulesFormat: ExportFormat = {
  type: 'alert_rules',
  summary:
    'An export of monitoring alert rules: one row per rule. All rows form one snapshot record (subject `monitoring`, or the subject passed to the import when several monitoring systems are exported); its event time is the as_of column, or the as-of time passed to the import.',
  snapshot: { subject: SUBJECT },
  columns: [
    { name: 'name', kind: 'text', need: 'value', doc: 'the rule' },
    { name: 'target', kind: 'text', need: 'value', doc: 'what it watches (service, host, metric)' },
    { name: 'enabled', kind: 'boolean', need: 'value', doc: 'whether the rule is active' },
    {
      name: 'channel',
      kind: 'text',
      need: 'optional',
      doc: 'where it notifies (pager, Slack channel, email)',
    },
    AS_OF,
  ],
  build(rows, ctx) {
    const rules = rows.map((r) => ({
      name: r.text('name'),
      target: r.text('target'),
      enabled: r.boolean('enabled'),
      ...(r.has('channel') ? { channel: r.text('channel') } : {}),
    }));
    return snapshot('alert_rules', SUBJECT, rows, ctx, { rules });
  },
};
