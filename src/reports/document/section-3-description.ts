import type { Component, ReportModel } from '../report-model.ts';
import { type Block, callout, heading, list, pageBreak, paragraph, table } from './block.ts';
import { changesDisclosure } from './changes-disclosure.ts';
import { criteriaDisclosure } from './criteria-disclosure.ts';
import { incidentsDisclosure } from './incidents-disclosure.ts';
import { subserviceDisclosure } from './subservice-disclosure.ts';
import { throughout } from './words.ts';

const COMPONENT_KINDS = [
  ['infrastructure', 'Infrastructure'],
  ['software', 'Software'],
  ['people', 'People'],
  ['procedures', 'Procedures'],
  ['data', 'Data'],
] as const;

/** Section 3: the description of the system, one subsection per description criterion DC1–DC9 (DC 200). */
export function section3Description(model: ReportModel): Block[] {
  const org = model.organisation.name;
  return [
    pageBreak,
    heading(1, 'Section 3 — Description of the system', 'section-3'),
    paragraph(
      `This description of ${model.system.name} ${throughout(model)} was prepared by the management ` +
        `of ${org} following the description criteria of DC section 200 (DC1–DC9).`,
    ),
    heading(2, 'DC1 — Types of services provided', 'dc1'),
    paragraph(model.system.description),
    ...components(model.system.services, 'No services are listed in the programme.'),
    heading(2, 'DC2 — Principal service commitments and system requirements', 'dc2'),
    paragraph(`Principal service commitments that ${org} makes to its customers:`),
    ...items(model.system.commitments, 'Service commitments to be listed by management.'),
    paragraph('System requirements: how the system must operate to meet those commitments:'),
    ...items(model.system.system_requirements, 'System requirements to be listed by management.'),
    heading(2, 'DC3 — Components of the system and its boundaries', 'dc3'),
    paragraph(
      'The system consists of the infrastructure, software, people, procedures and data below; its ' +
        'boundaries enclose these components. Services of carved-out subservice organisations (DC7) ' +
        'lie outside them.',
    ),
    table(
      ['Component', 'Name', 'Description'],
      COMPONENT_KINDS.flatMap(([key, label]) =>
        model.system.boundaries[key].map((c) => [label, c.name, c.description ?? '']),
      ),
    ),
    ...incidentsDisclosure(model),
    ...criteriaDisclosure(model),
    heading(2, 'DC6 — Complementary user entity controls', 'dc6'),
    ...(model.cuecs.length
      ? [
          paragraph(
            `The controls of ${org} were designed assuming that user entities (customers) operate the ` +
              'following complementary controls:',
          ),
          list(model.cuecs),
        ]
      : [paragraph('No complementary user entity controls are assumed in the design of the controls.')]),
    ...subserviceDisclosure(model),
    ...notRelevant(model),
    ...changesDisclosure(model),
  ];
}

const components = (list_: readonly Component[], none: string): Block[] =>
  list_.length
    ? [list(list_.map((c) => (c.description ? `${c.name}: ${c.description}` : c.name)))]
    : [callout('action', none)];

const items = (values: readonly string[], none: string): Block[] =>
  values.length ? [list([...values])] : [callout('action', none)];

/** DC8, and the criteria in scope that no control addresses (gaps management must close or explain). */
function notRelevant(model: ReportModel): Block[] {
  const gaps = model.criteria.filter((c) => c.status === 'no_controls');
  return [
    heading(2, 'DC8 — Criteria not relevant to the system', 'dc8'),
    model.not_relevant.length
      ? table(
          ['Criterion', 'Title', 'Why it is not relevant'],
          model.not_relevant.map((n) => [n.criterion, n.title, n.reason]),
        )
      : paragraph('All criteria of the categories in scope are relevant to the system.'),
    ...(gaps.length
      ? [
          callout(
            'warning',
            'Gap: no control addresses the following criteria in scope. Management adds controls for ' +
              'them or states here why they are not relevant.',
            gaps.map((c) => `${c.id} ${c.title}`),
          ),
        ]
      : []),
  ];
}
