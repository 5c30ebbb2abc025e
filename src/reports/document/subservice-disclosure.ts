import type { ReportModel } from '../report-model.ts';
import { type Block, heading, list, paragraph } from './block.ts';
import { anchor } from './words.ts';

/** DC7: subservice organisations, how each is treated, and the CSOCs assumed for carved-out ones. */
export function subserviceDisclosure(model: ReportModel): Block[] {
  const out: Block[] = [heading(2, 'DC7 — Subservice organisations', 'dc7')];
  if (!model.subservice.length)
    return [...out, paragraph('No subservice organisations are used to provide the services.')];
  for (const s of model.subservice) {
    out.push(heading(3, `${s.name} (${s.treatment})`, anchor('dc7', s.name)));
    out.push(
      paragraph(
        s.treatment === 'carve-out'
          ? `${s.name} provides ${lower(s.service)}. It is presented with the carve-out method: its ` +
              'controls are excluded from this description and from the examination, and the controls ' +
              'of the organisation were designed assuming that it operates the complementary subservice ' +
              'organisation controls (CSOCs) below.'
          : `${s.name} provides ${lower(s.service)}. It is presented with the inclusive method: its ` +
              'relevant controls are part of this description and of the examination.',
      ),
    );
    if (s.csocs.length) out.push(list(s.csocs));
    else if (s.treatment === 'carve-out')
      out.push(paragraph('No complementary subservice organisation controls are listed for it.'));
  }
  return out;
}

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);
