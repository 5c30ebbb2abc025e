import type { ReportModel } from '../report-model.ts';
import { type Block, callout, heading, list, pageBreak, paragraph } from './block.ts';
import { categoryWords, joinWords, periodWords, throughout } from './words.ts';

/**
 * Section 1: a template for the CPA firm. The report and its opinion belong to the service auditor
 * (AT-C 105 and AT-C 205), so this section states the scope and the criteria from the model and leaves
 * every judgement as a bracketed fill-in. It never states an opinion.
 */
export function section1AuditorReport(model: ReportModel): Block[] {
  const org = model.organisation.legal_name ?? model.organisation.name;
  const system = model.system.name;
  const design =
    model.type === 'II' ? 'the design and operating effectiveness' : 'the design and implementation';
  const carved = model.subservice.filter((s) => s.treatment === 'carve-out').map((s) => s.name);
  const included = model.subservice.filter((s) => s.treatment === 'inclusive').map((s) => s.name);
  return [
    pageBreak,
    heading(1, "Section 1 — Independent service auditor's report", 'section-1'),
    callout(
      'template',
      'For the independent service auditor (CPA firm), who writes, dates and signs this section. ' +
        'Evident fills in the scope and the criteria only; every bracketed item is for the service ' +
        'auditor to complete or replace.',
    ),
    paragraph(`To the management of ${org}: [Addressee to be confirmed by the service auditor]`),
    heading(2, 'Scope', 'section-1-scope'),
    paragraph(
      `The examination covers the description of ${system} prepared by the management of ${org} ` +
        `(Section 3) ${throughout(model)}, and ${design} of the controls stated in it, for the ` +
        `following trust services categories: ${categoryWords(model)}.`,
    ),
    ...subservice(carved, included),
    heading(2, 'Criteria', 'section-1-criteria'),
    list([
      'Description: the description criteria of DC section 200 (DC 200).',
      `Controls: the 2017 Trust Services Criteria (TSP section 100, with the points of focus revised in 2022) for ${categoryWords(model)}.`,
      model.type === 'II'
        ? `Period: ${periodWords(model).replace(/^the period /, '')}.`
        : `Date: as of ${periodWords(model)}.`,
    ]),
    heading(2, "Service organisation's responsibilities", 'section-1-management'),
    paragraph(
      `The management of ${org} is responsible for the description and its assertion (Section 2), for ` +
        'choosing the trust services categories and criteria, for identifying the risks that threaten ' +
        'its service commitments and system requirements, and for designing, implementing and operating ' +
        'the controls that address them.',
    ),
    heading(2, "Service auditor's responsibilities", 'section-1-auditor'),
    paragraph(
      `[CPA firm name] is responsible for expressing an opinion on the description and on ${design} of ` +
        'the controls, based on its examination. [Standards applied, procedures performed, independence ' +
        'and quality management: to be written by the service auditor]',
    ),
    heading(2, 'Inherent limitations', 'section-1-limitations'),
    paragraph('[Inherent limitations: to be written by the service auditor]'),
    ...(model.type === 'II'
      ? [
          heading(2, 'Description of tests of controls', 'section-1-tests'),
          paragraph(
            'The controls tested and the nature, timing and results of the tests are listed in ' +
              'Section 4. [To be confirmed or replaced by the service auditor]',
          ),
        ]
      : []),
    heading(2, 'Opinion', 'section-1-opinion'),
    paragraph('[Opinion: to be written by the service auditor]'),
    heading(2, 'Restricted use', 'section-1-use'),
    paragraph('[Intended users and restrictions on use: to be written by the service auditor]'),
    list(['[CPA firm name]', '[City, State]', '[Date]']),
  ];
}

function subservice(carved: string[], included: string[]): Block[] {
  const out: Block[] = [];
  if (carved.length)
    out.push(
      paragraph(
        `${joinWords(carved)} ${carved.length === 1 ? 'is a subservice organisation' : 'are subservice organisations'} ` +
          'presented with the carve-out method: the description includes the complementary subservice ' +
          'organisation controls assumed in the design of the controls, but not their controls. ' +
          '[To be confirmed by the service auditor]',
      ),
    );
  if (included.length)
    out.push(
      paragraph(
        `${joinWords(included)} ${included.length === 1 ? 'is a subservice organisation' : 'are subservice organisations'} ` +
          'presented with the inclusive method: their relevant controls are included in the description. ' +
          '[To be confirmed by the service auditor]',
      ),
    );
  return out;
}
