import { addDays, addMonths, toDate } from '../../core/dates.ts';
import type { Period } from '../../engine/slots.ts';
import { isoWeekLabel } from '../../engine/slots.ts';

/** Up to this many ISO weeks the heat map shows weeks; longer periods show calendar months. */
const MAX_WEEKS = 60;
const DAY = 86_400_000;

export type HeatmapColumns = { labels: string[]; indexOf(date: string): number };

/** The columns of the slot heat map: the ISO weeks (ISO 8601, Monday first) or months touching the period. */
export function heatmapColumns(period: Period): HeatmapColumns {
  const firstMonday = addDays(period.start, -((toDate(period.start).getUTCDay() + 6) % 7));
  const days = (a: string, b: string) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY);
  const weeks = Math.floor(days(firstMonday, period.end) / 7) + 1;
  const clamp = (d: string) => (d < period.start ? period.start : d > period.end ? period.end : d);
  if (weeks <= MAX_WEEKS)
    return {
      labels: Array.from({ length: weeks }, (_, i) => isoWeekLabel(addDays(firstMonday, i * 7))),
      indexOf: (date) => Math.floor(days(firstMonday, clamp(date)) / 7),
    };
  const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const first = `${period.start.slice(0, 7)}-01`;
  return {
    labels: Array.from({ length: month(period.end) - month(first) + 1 }, (_, i) =>
      addMonths(first, i).slice(0, 7),
    ),
    indexOf: (date) => month(clamp(date)) - month(first),
  };
}
