import { type Coverage, coverage, type Framework } from '../engine/coverage.ts';
import { openProgramme } from './open-programme.ts';

export type { Coverage, CoverageRow, Framework } from '../engine/coverage.ts';

/** Coverage of the programme in `dir` against SOC 2 (criteria in scope) or ISO/IEC 27001:2022 Annex A. */
export function getCoverage(dir: string, framework: Framework): Coverage & { warnings: string[] } {
  const { catalog, programme, warnings } = openProgramme(dir);
  return { ...coverage(programme, catalog, framework), warnings: warnings.map((w) => w.message) };
}
