import type { Unit } from './control-test-run.ts';

/** DESIGN.md §5 control statuses. */
export type ControlStatus = 'effective' | 'exceptions' | 'not_effective' | 'no_evidence' | 'not_applicable';

/** Fewer expected units than this and a single `missing` one makes the control not effective. */
export const SMALL_POPULATION = 10;

/**
 * The status of a tested control from its judged units (DESIGN.md §5): effective with no exception;
 * `exceptions` while the exception rate stays within the tolerable rate (and, below ten expected units,
 * none is missing); `not_effective` otherwise; `no_evidence` when a slot-based control saw nothing at all.
 * An empty population is effective with nothing expected ("did not occur").
 */
export function controlStatus(
  units: readonly Unit[],
  tolerableRate: number,
  eventBased: boolean,
): ControlStatus {
  // Nothing expected: an event that did not occur, or a period too short to hold a slot.
  if (!units.length) return 'effective';
  if (!eventBased && units.every((u) => u.status === 'missing')) return 'no_evidence';
  const exceptions = units.filter((u) => u.status !== 'met');
  if (!exceptions.length) return 'effective';
  const rate = exceptions.length / units.length;
  const missing = exceptions.some((u) => u.status === 'missing');
  if (rate <= tolerableRate && (units.length >= SMALL_POPULATION || !missing)) return 'exceptions';
  return 'not_effective';
}
