import { addDays, formatDate } from '../../core/dates.ts';

/**
 * The demo's Type II period: the twelve whole months ending on the last day of the month before
 * `today` (today 2026-11-26 → 2025-11-01..2026-10-31), so the demo always shows a finished year.
 */
export function demoPeriod(today: Date): { start: string; end: string } {
  const firstOfMonth = formatDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)));
  const start = formatDate(new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1)));
  return { start, end: addDays(firstOfMonth, -1) };
}
