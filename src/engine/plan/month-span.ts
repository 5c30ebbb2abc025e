import { addDays, addMonths } from '../../core/dates.ts';

/** An inclusive range of calendar dates (UTC `YYYY-MM-DD`). */
export type DateSpan = { start: string; end: string };

/**
 * Months `from`–`to` of a plan that begins on `start`, both inclusive and counted from 1: month m runs from
 * `start + (m-1) months` to the day before `start + m months`. So "months 2–4" is the second, third and
 * fourth month, and two phases named "1–2" and "2–4" share month 2. Each bound is computed from `start`
 * itself, never by chaining, so month-end clamping (Jan 31 + 1 month = Feb 28) cannot drift.
 */
export function monthSpan(start: string, from: number, to: number): DateSpan {
  return { start: addMonths(start, from - 1), end: addDays(addMonths(start, to), -1) };
}
