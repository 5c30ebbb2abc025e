import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';
import { SEVERITIES } from './incident.ts';

const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
const PERIOD_END = 'soc2_report_period_end';
const OPINION = 'soc2_report_opinion';

export const vendorAssessmentFormat: ExportFormat = {
  type: 'vendor_assessment',
  summary:
    'Vendor risk assessments: one row per assessment. Each row is one record: subject = the vendor, event time = assessed_at. The vendor’s SOC 2 report is the nested `soc2_report` object, flattened to `soc2_report_period_end` and `soc2_report_opinion`: fill both or neither.',
  columns: [
    { name: 'vendor', kind: 'text', need: 'value', subject: true, doc: 'the vendor assessed' },
    { name: 'tier', kind: 'enum', values: SEVERITIES, need: 'value', doc: 'the vendor’s risk tier' },
    { name: 'assessed_at', kind: 'instant', need: 'value', doc: 'when the assessment was completed' },
    {
      name: PERIOD_END,
      kind: 'date',
      need: 'optional',
      doc: 'last day of the period the vendor’s SOC 2 report covers',
    },
    {
      name: OPINION,
      kind: 'enum',
      values: OPINIONS,
      need: 'optional',
      doc: 'the auditor’s opinion in that report',
    },
    {
      name: 'notes',
      kind: 'text',
      need: 'optional',
      doc: 'reviewer’s notes (complementary user entity controls checked, exceptions …)',
    },
  ],
  build: (rows, ctx) =>
    rows.map((r) => {
      const [given, missing] = r.has(PERIOD_END) ? [PERIOD_END, OPINION] : [OPINION, PERIOD_END];
      if (r.has(given) && !r.has(missing)) ctx.fail(r.at, missing, `required when ${given} is given`);
      return {
        type: 'vendor_assessment',
        subject: r.text('vendor'),
        observed_at: observedAt(r.text('assessed_at')),
        data: {
          vendor: r.text('vendor'),
          tier: r.text('tier'),
          assessed_at: r.text('assessed_at'),
          ...(r.has(PERIOD_END) && r.has(OPINION)
            ? { soc2_report: { period_end: r.text(PERIOD_END), opinion: r.text(OPINION) } }
            : {}),
          ...(r.has('notes') ? { notes: r.text('notes') } : {}),
        },
      };
    }),
};
