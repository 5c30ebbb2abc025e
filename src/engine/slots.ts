import { addDays, addMonths, toDate } from '../core/dates.ts';
import type { Frequency } from '../core/frequency.ts';

/** An audit period: inclusive calendar dates in UTC (DESIGN.md §5). */
export type Period = { start: string; end: string };

/**
 * One expected occurrence of a control. `start`/`end` are the slot itself (inclusive dates, not clipped
 * to the period); `window_end` is `end` extended by the control's grace days, `window_start` is `start`
 * except for the annual slot, whose window is the 365 days ending on the period's end.
 */
export type Slot = {
  label: string;
  start: string;
  end: string;
  window_start: string;
  window_end: string;
};

/** ISO 8601 week label (`2026-W14`) of the week whose Monday is `monday`. */
export function isoWeekLabel(monday: string): string {
  // The ISO week-year is the year of the week's Thursday.
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const jan4 = toDate(`${year}-01-04`);
  const firstMonday = addDays(`${year}-01-04`, -((jan4.getUTCDay() + 6) % 7));
  const week = Math.round((toDate(monday).getTime() - toDate(firstMonday).getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday on or after `date`. */
const mondayOnOrAfter = (date: string) => addDays(date, (8 - toDate(date).getUTCDay()) % 7);

const slot = (label: string, start: string, end: string, grace: number): Slot => ({
  label,
  start,
  end,
  window_start: start,
  window_end: addDays(end, grace),
});

/**
 * The slots a control of `frequency` is expected to fill in `period`: each slot whose first day lies in
 * the period (DESIGN.md §5). Event controls have no slots (their population comes from the evidence).
 */
export function slotsOf(frequency: Frequency, period: Period, graceDays = 0): Slot[] {
  const out: Slot[] = [];
  switch (frequency) {
    case 'daily':
    case 'continuous':
      for (let d = period.start; d <= period.end; d = addDays(d, 1)) out.push(slot(d, d, d, graceDays));
      return out;
    case 'weekly':
      for (let d = mondayOnOrAfter(period.start); d <= period.end; d = addDays(d, 7))
        out.push(slot(isoWeekLabel(d), d, addDays(d, 6), graceDays));
      return out;
    case 'monthly': {
      let d = period.start.slice(8) === '01' ? period.start : addMonths(`${period.start.slice(0, 7)}-01`, 1);
      for (; d <= period.end; d = addMonths(d, 1))
        out.push(slot(d.slice(0, 7), d, addDays(addMonths(d, 1), -1), graceDays));
      return out;
    }
    case 'quarterly': {
      const month = Number(period.start.slice(5, 7));
      const firstQuarterMonth = Math.floor((month - 1) / 3) * 3 + 1;
      let d = `${period.start.slice(0, 4)}-${String(firstQuarterMonth).padStart(2, '0')}-01`;
      if (d < period.start) d = addMonths(d, 3);
      for (; d <= period.end; d = addMonths(d, 3)) {
        const q = Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1;
        out.push(slot(`${d.slice(0, 4)}-Q${q}`, d, addDays(addMonths(d, 3), -1), graceDays));
      }
      return out;
    }
    case 'annual': {
      const start = addDays(period.end, -364);
      return [
        {
          label: 'annual',
          start,
          end: period.end,
          window_start: start,
          window_end: addDays(period.end, graceDays),
        },
      ];
    }
    case 'event':
      return [];
  }
}

/** Days within which a Type I as-of view still counts evidence as fresh: one slot of the frequency. */
export const FRESHNESS_DAYS: Record<Frequency, number> = {
  continuous: 1,
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  annual: 365,
  event: 365,
};
