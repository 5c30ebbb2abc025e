import type { ReportModel } from '../report-model.ts';
import type { Cell, Sheet } from './sheet.ts';
import { statusWords } from './status-words.ts';

/** What the workbook covers and the headline counts, as item/value pairs. */
export function summarySheet(model: ReportModel): Sheet {
  const { summary } = model;
  const rows: Cell[][] = [
    ['Organisation', model.organisation.legal_name ?? model.organisation.name],
    ['System', model.system.name],
    ['Report', `SOC 2 Type ${model.type}`],
    ...(model.type === 'II'
      ? [
          ['Period start', model.period.start],
          ['Period end', model.period.end],
        ]
      : [['As of', model.as_of ?? model.period.end]]),
    ['Generated at', model.generated_at],
    ...Object.entries(summary.controls).map(([s, n]) => [`Controls ${statusWords(s)}`, n]),
    ...Object.entries(summary.criteria).map(([s, n]) => [`Criteria ${statusWords(s)}`, n]),
    ['Slots and items expected', summary.expected],
    ['Slots and items met', summary.met],
    ['Exceptions', summary.exceptions],
    ['Controls with exceptions and no management response', model.responses_missing.join(', ')],
    ...(model.ledger
      ? [
          ['Ledger size', model.ledger.size],
          ['Ledger root (SHA-256)', model.ledger.root],
        ]
      : []),
  ];
  return {
    name: 'Summary',
    columns: [{ header: 'Item' }, { header: 'Value', kind: 'wrap' }],
    rows,
  };
}
