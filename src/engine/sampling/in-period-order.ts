import { canonicalJson } from '../../core/canonical-json.ts';
import type { Unit } from '../control-test-run.ts';
import { populationEntry } from './population-entry.ts';

/**
 * The population in the fixed order that hashing and sampling use: by `start`, then `label`, comparing
 * strings by UTF-16 code units (plain `<`, no locale). Units equal in both (which a well-formed
 * population does not have) are ordered by the canonical JSON of their hashed entry, then by `reason`,
 * so the order never depends on the order the units arrived in. Returns a new array.
 */
export function inPeriodOrder(units: readonly Unit[]): Unit[] {
  const keyed = units.map((unit) => ({ unit, entry: canonicalJson(populationEntry(unit)) }));
  keyed.sort(
    (a, b) =>
      compare(a.unit.start, b.unit.start) ||
      compare(a.unit.label, b.unit.label) ||
      compare(a.entry, b.entry) ||
      compare(a.unit.reason ?? '', b.unit.reason ?? ''),
  );
  return keyed.map((k) => k.unit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
