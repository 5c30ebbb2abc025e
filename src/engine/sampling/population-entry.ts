import type { Unit, UnitStatus } from '../control-test-run.ts';

/** What the population hash commits to for one unit: what an auditor re-derives from the package. */
export type PopulationEntry = {
  label: string;
  start: string;
  end: string;
  status: UnitStatus;
  /** The unit's evidence ids, sorted by UTF-16 code units (JavaScript's default sort). */
  evidence: string[];
};

/**
 * The hashed form of a unit: `label`, `start`, `end`, `status` and the evidence ids, sorted. The
 * free-text `reason` is left out (its wording may change without the judgement changing); a unit's
 * status already says whether it is an exception.
 */
export function populationEntry(unit: Unit): PopulationEntry {
  return {
    label: unit.label,
    start: unit.start,
    end: unit.end,
    status: unit.status,
    evidence: [...unit.evidence].sort(),
  };
}
