import type { ReportControl } from '../report-model.ts';
import { type Block, type Cell, heading, paragraph, table } from './block.ts';
import { retroactiveWords, shortId } from './words.ts';

/** Every exception of one control: the slot or item, why, and the evidence looked at (full ids as titles). */
export function controlExceptions(control: ReportControl, id: string): Block[] {
  const out: Block[] = [
    heading(3, `Exceptions — ${control.id}`, id),
    table(
      ['Slot or item', 'Reason', 'Evidence'],
      control.exceptions.map((e) => [idCell([e.slot]), e.reason, idCell(e.evidence)]),
    ),
  ];
  if (control.retroactive > 0) out.push(paragraph(retroactiveWords(control)));
  return out;
}

function idCell(ids: readonly string[]): Cell {
  if (!ids.length) return 'None';
  const text = ids.map(shortId).join(', ');
  return text === ids.join(', ') ? text : { text, title: ids.join(' ') };
}
