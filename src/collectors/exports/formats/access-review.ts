import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

const DECISIONS = ['keep', 'revoke', 'modify'] as const;

/** One review per (system, reviewer, completed_at); its rows are the entries, in file order. */
export const accessReviewFormat: ExportFormat = {
  type: 'access_review',
  summary:
    'One row per account reviewed. Rows with the same system, reviewer and completed_at form one review (one record, subject = the system, event time = completed_at); their entries keep the order of the file.',
  columns: [
    {
      name: 'system',
      kind: 'text',
      need: 'value',
      subject: true,
      doc: 'the system whose access was reviewed',
    },
    { name: 'reviewer', kind: 'text', need: 'value', doc: 'who performed the review' },
    { name: 'completed_at', kind: 'instant', need: 'value', doc: 'when the review was signed off' },
    { name: 'user', kind: 'text', need: 'value', doc: 'the account reviewed' },
    { name: 'access', kind: 'text', need: 'value', doc: 'the role, group or permission the account holds' },
    { name: 'decision', kind: 'enum', values: DECISIONS, need: 'value', doc: 'the reviewer’s decision' },
    {
      name: 'remediated_at',
      kind: 'instant',
      need: 'optional',
      doc: 'when a revoke or modify was carried out; empty when not (yet) done',
    },
  ],
  build(rows) {
    const reviews = new Map<string, ReturnType<ExportFormat['build']>[number]>();
    const entries = new Map<string, unknown[]>();
    for (const r of rows) {
      const key = JSON.stringify([r.text('system'), r.text('reviewer'), r.text('completed_at')]);
      let list = entries.get(key);
      if (!list) {
        list = [];
        entries.set(key, list);
        reviews.set(key, {
          type: 'access_review',
          subject: r.text('system'),
          observed_at: observedAt(r.text('completed_at')),
          data: {
            system: r.text('system'),
            reviewer: r.text('reviewer'),
            completed_at: r.text('completed_at'),
            entries: list,
          },
        });
      }
      const remediated = r.optText('remediated_at');
      list.push({
        user: r.text('user'),
        access: r.text('access'),
        decision: r.text('decision'),
        ...(remediated ? { remediated_at: remediated } : {}),
      });
    }
    return [...reviews.values()];
  },
};
