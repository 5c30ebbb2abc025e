import type { ReportModel } from '../report-model.ts';
import { type Block, callout, heading, paragraph } from './block.ts';
import { asOf, categoryWords, dateTime, longDate } from './words.ts';

export const reportTitle = (model: ReportModel): string => `SOC 2 Type ${model.type} report — DRAFT`;

/** The cover: who, what, when, and that this is management's draft, not a service auditor's report. */
export function cover(model: ReportModel): Block[] {
  const org = model.organisation;
  const when =
    model.type === 'II'
      ? { label: 'Period', value: `${longDate(model.period.start)} to ${longDate(model.period.end)}` }
      : { label: 'As of', value: longDate(asOf(model)) };
  return [
    heading(1, reportTitle(model), 'cover'),
    paragraph(`${model.system.name} — ${org.name}`),
    {
      kind: 'fields',
      items: [
        { label: 'Organisation', value: org.legal_name ? `${org.name} (${org.legal_name})` : org.name },
        { label: 'System', value: model.system.name },
        { label: 'Report', value: `SOC 2 Type ${model.type}` },
        when,
        { label: 'Categories in scope', value: categoryWords(model) },
        { label: 'Generated', value: dateTime(model.generated_at) },
      ],
    },
    callout(
      'warning',
      `This is a draft prepared by the management of ${org.name} with Evident. It is not a service ` +
        "auditor's report: no CPA firm has examined it, and it contains no opinion.",
    ),
  ];
}
