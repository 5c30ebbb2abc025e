import type { Catalog } from '../core/catalog.ts';
import type { Frequency } from '../core/frequency.ts';
import type { ProgrammeControl } from '../core/programme.ts';
import type { ControlStatus } from './control-status.ts';
import type { Unit } from './control-test-run.ts';
import type { Period } from './slots.ts';

export type ControlException = { slot: string; reason: string; evidence: string[] };

/** One control's result over the period: the `--json` contract of `evident evaluate` (docs/cli.md). */
export type ControlResult = {
  id: string;
  title: string;
  frequency: Frequency;
  test: string;
  criteria: string[];
  status: ControlStatus;
  expected: number;
  met: number;
  exceptions: ControlException[];
  details: Record<string, unknown>;
  /** The judged population (slots or items), kept for sampling and reports; not printed by evaluate. */
  population: Unit[];
};

export type CriterionStatus = 'met' | 'at_risk' | 'no_controls';
export type CriterionResult = {
  id: string;
  title: string;
  category: string;
  status: CriterionStatus;
  controls: string[];
};

export type Evaluation = {
  period: Period;
  type: 'I' | 'II';
  as_of?: string;
  controls: ControlResult[];
  criteria: CriterionResult[];
  summary: {
    controls: Record<ControlStatus, number>;
    criteria: Record<CriterionStatus, number>;
    exceptions: number;
    expected: number;
    met: number;
  };
};

const AT_RISK: ReadonlySet<ControlStatus> = new Set(['not_effective', 'no_evidence']);

/**
 * Criteria in scope with their controls and status (DESIGN.md §5): `no_controls` when no tested control
 * maps to it, `at_risk` when any of its controls is not effective or has no evidence, else `met`.
 */
export function criteriaResults(
  catalog: Catalog,
  inScope: ReadonlySet<string>,
  controls: readonly Pick<ControlResult, 'id' | 'criteria' | 'status'>[],
): CriterionResult[] {
  return catalog.tsc.criteria
    .filter((c) => inScope.has(c.id))
    .map((c) => {
      const mine = controls.filter((r) => r.criteria.includes(c.id) && r.status !== 'not_applicable');
      const status: CriterionStatus = !mine.length
        ? 'no_controls'
        : mine.some((r) => AT_RISK.has(r.status))
          ? 'at_risk'
          : 'met';
      return { id: c.id, title: c.title, category: c.category, status, controls: mine.map((r) => r.id) };
    });
}

export function summarise(
  controls: readonly ControlResult[],
  criteria: readonly CriterionResult[],
): Evaluation['summary'] {
  const byControl: Record<ControlStatus, number> = {
    effective: 0,
    exceptions: 0,
    not_effective: 0,
    no_evidence: 0,
    not_applicable: 0,
  };
  for (const c of controls) byControl[c.status]++;
  const byCriterion: Record<CriterionStatus, number> = { met: 0, at_risk: 0, no_controls: 0 };
  for (const c of criteria) byCriterion[c.status]++;
  return {
    controls: byControl,
    criteria: byCriterion,
    exceptions: controls.reduce((n, c) => n + c.exceptions.length, 0),
    expected: controls.reduce((n, c) => n + c.expected, 0),
    met: controls.reduce((n, c) => n + c.met, 0),
  };
}

/** A result for a control the programme disabled with a justification. */
export const notApplicable = (control: ProgrammeControl): ControlResult => ({
  id: control.id,
  title: control.title,
  frequency: control.frequency,
  test: control.test,
  criteria: control.criteria,
  status: 'not_applicable',
  expected: 0,
  met: 0,
  exceptions: [],
  details: { justification: control.justification ?? '' },
  population: [],
});
