import type { ReportModel } from '../report-model.ts';
import { type Block, callout, heading, pageBreak, paragraph } from './block.ts';
import { anchor } from './words.ts';

const RESPONSE_NEEDED = 'Response to be written by management.';

/**
 * Section 5: management's responses to exceptions. It is other information provided by management,
 * which the service auditor's opinion does not cover (AICPA guide, "Other Information").
 */
export function section5Responses(model: ReportModel): Block[] {
  const missing = new Set(model.responses_missing);
  const withExceptions = model.controls.filter((c) => c.exceptions.length > 0);
  const out: Block[] = [
    pageBreak,
    heading(1, "Section 5 — Management's responses to exceptions", 'section-5'),
    paragraph("Other information provided by management. It is not covered by the service auditor's report."),
  ];
  if (!withExceptions.length && !missing.size) {
    out.push(paragraph('No exceptions were noted, so no responses are needed.'));
    return out;
  }
  for (const c of withExceptions) {
    out.push(heading(2, `${c.id} — ${c.title}`, anchor('response', c.id)));
    out.push(paragraph(`Exceptions: ${c.result}`));
    if (c.management_response && !missing.has(c.id))
      out.push(paragraph(`Management's response: ${c.management_response}`));
    else out.push(callout('action', RESPONSE_NEEDED));
  }
  // A control can be listed as missing a response without exceptions in this model (a stale list).
  for (const id of missing)
    if (!withExceptions.some((c) => c.id === id)) {
      out.push(heading(2, id, anchor('response', id)));
      out.push(callout('action', RESPONSE_NEEDED));
    }
  return out;
}
