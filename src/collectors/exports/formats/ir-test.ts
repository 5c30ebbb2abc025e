import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

export const irTestFormat: ExportFormat = {
  type: 'ir_test',
  summary:
    'Incident response test records (tabletop exercises, live drills): one row per test. Each row is one record: subject `incident-response`, event time = performed_at. Participants and findings are `;`-separated lists, so a single finding cannot contain `;`.',
  columns: [
    {
      name: 'kind',
      kind: 'enum',
      values: ['tabletop', 'live'],
      need: 'value',
      doc: 'a tabletop exercise or a live drill',
    },
    { name: 'performed_at', kind: 'instant', need: 'value', doc: 'when the test was performed' },
    { name: 'participants', kind: 'list', need: 'column', doc: 'who took part, separated by `;`' },
    {
      name: 'findings',
      kind: 'list',
      need: 'optional',
      doc: 'lessons and follow-ups, separated by `;`; empty when none',
    },
  ],
  build: (rows) =>
    rows.map((r) => ({
      type: 'ir_test',
      subject: 'incident-response',
      observed_at: observedAt(r.text('performed_at')),
      data: {
        kind: r.text('kind'),
        performed_at: r.text('performed_at'),
        participants: r.list('participants'),
        findings: r.list('findings'),
      },
    })),
};
