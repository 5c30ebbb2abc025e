import type { ReportModel } from '../report-model.ts';
import { type Block, callout, heading, list, pageBreak, paragraph } from './block.ts';
import { categoryWords, joinWords, throughout } from './words.ts';

/**
 * Section 2: management's assertion, drafted from the results (AICPA Table 1-1: (a) description per
 * DC 200, (b) suitably designed, (c) Type II only: operated effectively). When a criterion is at risk the
 * assertion is drafted in its modified "except for" form, as a qualified opinion would require.
 */
export function section2Assertion(model: ReportModel): Block[] {
  const org = model.organisation.legal_name ?? model.organisation.name;
  const when = throughout(model);
  const modified = model.assertion.modified;
  const exceptB = modified && model.type === 'I' ? 'except for the matters described below, ' : '';
  const basis = 'based on the applicable trust services criteria';
  const assumed = complementary(model);
  const items = [
    `(a) the description in Section 3 presents ${model.system.name} as designed and implemented ${when}, in accordance with the description criteria of DC section 200 (DC 200);`,
    `(b) ${exceptB}the controls stated in the description were suitably designed ${when} to provide reasonable assurance that the service commitments and system requirements of ${org} would be achieved ${basis}, if the controls operated effectively${assumed ? ` and if ${assumed}` : ''}${model.type === 'II' ? ';' : '.'}`,
  ];
  if (model.type === 'II')
    items.push(
      `(c) ${modified ? 'except for the matters described below, ' : ''}the controls stated in the description operated effectively ${when} to provide reasonable assurance that the service commitments and system requirements of ${org} were achieved ${basis}${assumed ? `, if ${assumed}` : ''}.`,
    );
  return [
    pageBreak,
    heading(1, "Section 2 — Management's assertion", 'section-2'),
    callout(
      'action',
      'Drafted by Evident from the evaluation results. Management reviews and edits this assertion, ' +
        'then signs it; the service auditor reports on it.',
    ),
    paragraph(
      `We, the management of ${org}, have prepared the description of ${model.system.name} in Section 3 ` +
        `for the trust services categories ${categoryWords(model)}. We confirm, to the best of our ` +
        'knowledge and belief, that:',
    ),
    list(items),
    ...(modified ? exceptFor(model) : []),
    list(['[Name and title of the signing officer]', `[${org}]`, '[Date]']),
  ];
}

function complementary(model: ReportModel): string {
  const parties = [
    model.subservice.some((s) => s.treatment === 'carve-out') ? 'the subservice organisations' : '',
    model.cuecs.length ? 'user entities' : '',
  ].filter(Boolean);
  return parties.length
    ? `${joinWords(parties)} applied the complementary controls assumed in the design of our controls`
    : '';
}

/**
 * The "except for" matters, on (c) for Type II and on (b) for Type I: each at-risk criterion and what was
 * wrong with the controls related to it.
 */
function exceptFor(model: ReportModel): Block[] {
  const typeII = model.type === 'II';
  const when = typeII ? 'during the period' : throughout(model);
  const byId = new Map(model.controls.map((c) => [c.id, c]));
  const items = model.assertion.at_risk.map(({ id, title }) => {
    const related = (model.criteria.find((c) => c.id === id)?.controls ?? []).flatMap((cid) => {
      const c = byId.get(cid);
      return c ? [c] : [];
    });
    const failing = related.filter((c) => c.status === 'not_effective').map((c) => `${c.id} (${c.title})`);
    const silent = related.filter((c) => c.status === 'no_evidence').map((c) => `${c.id} (${c.title})`);
    const why = [
      failing.length
        ? `${joinWords(failing)} ${typeII ? 'did not operate effectively' : `${failing.length === 1 ? 'was' : 'were'} not shown to be designed and implemented`}`
        : '',
      silent.length ? `${joinWords(silent)} lacked evidence of operation` : '',
    ].filter(Boolean);
    return why.length
      ? `${id} ${title}: the related ${related.length === 1 ? 'control' : 'controls'} ${joinWords(why)} ${when}.`
      : `${id} ${title}: the controls related to this criterion were not operating effectively, or lacked evidence of operation, ${when}.`;
  });
  return [
    paragraph(
      typeII
        ? 'The matters referred to in (c): the controls related to the following criteria were not ' +
            `operating effectively, or lacked evidence of operation, ${when}, so they do not provide ` +
            'reasonable assurance that the service commitments and system requirements were achieved ' +
            'based on these criteria:'
        : 'The matters referred to in (b): the controls related to the following criteria were not shown ' +
            `to be suitably designed and implemented ${when}, so they do not provide reasonable assurance ` +
            'that the service commitments and system requirements would be achieved based on these criteria:',
    ),
    list(items),
    paragraph("Management's responses to the exceptions are in Section 5."),
  ];
}
