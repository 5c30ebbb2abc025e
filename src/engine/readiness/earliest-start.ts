import { addDays } from '../../core/dates.ts';
import type { ControlResult } from '../evaluation.ts';

export type EarliestStart = {
  /** First date from which every slot-based control has operated with no missing slot; null if none. */
  date: string | null;
  /** The control whose last missing slot sets the date. */
  limited_by?: { control: string; last_missing: string };
  /** Controls with no met slot at all in the history looked at: no start date is defensible yet. */
  blocking: string[];
};

/**
 * The earliest defensible Type II period start from a history evaluation: for each slot-based control
 * the day after its last closed missing slot (or the day its first met slot began); the latest of those.
 * Slots not yet closed on `today` do not count against a control; event controls have no slots.
 */
export function earliestStart(history: readonly ControlResult[], today: string): EarliestStart {
  let date: string | null = null;
  let limitedBy: EarliestStart['limited_by'];
  const blocking: string[] = [];
  for (const c of history) {
    if (c.frequency === 'event' || c.status === 'not_applicable') continue;
    const closed = c.population.filter((u) => u.end < today || u.label === 'annual');
    if (!closed.some((u) => u.status !== 'missing')) {
      blocking.push(c.id);
      continue;
    }
    const lastMissing = closed.filter((u) => u.status === 'missing').at(-1);
    const firstMet = closed.find((u) => u.status !== 'missing');
    const from = lastMissing ? addDays(lastMissing.end, 1) : (firstMet?.start ?? today);
    if (date === null || from > date) {
      date = from;
      limitedBy = { control: c.id, last_missing: lastMissing?.label ?? '(none)' };
    }
  }
  if (blocking.length) return { date: null, blocking };
  return { date, ...(limitedBy ? { limited_by: limitedBy } : {}), blocking };
}
