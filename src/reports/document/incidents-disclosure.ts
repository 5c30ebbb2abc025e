import type { ReportModel } from '../report-model.ts';
import { type Block, heading, paragraph, table } from './block.ts';
import { dateTime, periodWords } from './words.ts';

/**
 * DC4: system incidents of the period (or as of the date). The model lists every incident whose event
 * time lies in the period; management decides which ones stem from control failures or caused a
 * significant failure to meet commitments, so the table shows the facts DC4 asks about: nature, timing,
 * extent and disposition.
 */
export function incidentsDisclosure(model: ReportModel): Block[] {
  const title = heading(2, 'DC4 — System incidents', 'dc4');
  if (!model.incidents.length)
    return [
      title,
      paragraph(
        model.type === 'II'
          ? 'No incidents were identified in the period.'
          : `No incidents were identified as of ${periodWords(model)}.`,
      ),
    ];
  return [
    title,
    paragraph(
      model.type === 'II'
        ? `Incidents recorded in ${periodWords(model)}, from the incident tracker's exports:`
        : `Incidents recorded as of ${periodWords(model)}, from the incident tracker's exports:`,
    ),
    table(
      ['Incident', 'Title', 'Severity', 'Opened', 'Resolved', 'Postmortem'],
      model.incidents.map((i) => [
        i.id,
        i.resolution ? `${i.title} (resolution: ${i.resolution})` : i.title,
        i.severity,
        dateTime(i.opened_at),
        i.resolved_at ? dateTime(i.resolved_at) : 'Not resolved',
        i.postmortem ? 'Yes' : 'No',
      ]),
    ),
  ];
}
