import type { ReportModel } from '../report-model.ts';
import type { Block } from './block.ts';
import { contents } from './contents.ts';
import { cover, reportTitle } from './cover.ts';
import { section1AuditorReport } from './section-1-auditor-report.ts';
import { section2Assertion } from './section-2-assertion.ts';
import { section3Description } from './section-3-description.ts';
import { section4Tests } from './section-4-tests.ts';
import { section5Responses } from './section-5-responses.ts';

/** The SOC 2 report draft, format-neutral: what every renderer lays out (docs/reports.md). */
export type ReportDocument = { title: string; blocks: Block[] };

/**
 * The report in the usual SOC 2 layout (AICPA guide, Table 1-1): cover, contents, then sections 1–5.
 * Everything comes from the model; nothing here judges or counts.
 */
export function reportDocument(model: ReportModel): ReportDocument {
  const sections = uniqueIds([
    ...section1AuditorReport(model),
    ...section2Assertion(model),
    ...section3Description(model),
    ...section4Tests(model),
    ...section5Responses(model),
  ]);
  return { title: reportTitle(model), blocks: [...cover(model), ...contents(sections), ...sections] };
}

/** Heading ids come from model ids; two ids that slug alike (`CC6.2`, `cc6-2`) must still link apart. */
function uniqueIds(blocks: Block[]): Block[] {
  const seen = new Set<string>(['cover', 'contents']);
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    let id = b.id;
    for (let n = 2; seen.has(id); n++) id = `${b.id}-${n}`;
    seen.add(id);
    return id === b.id ? b : { ...b, id };
  });
}
