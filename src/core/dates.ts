/** Calendar dates are `YYYY-MM-DD` strings in UTC (DESIGN.md §5); these helpers never use local time. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const toDate = (s: string): Date => new Date(`${s}T00:00:00Z`);
export const formatDate = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(s: string, days: number): string {
  const d = toDate(s);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDate(d);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(s: string, months: number): string {
  const d = toDate(s);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return formatDate(d);
}

/** Whole calendar months covered by the inclusive range, e.g. Jan 1 – Jun 30 → 6. */
export function monthsCovered(start: string, end: string): number {
  let months = 0;
  while (addDays(addMonths(start, months + 1), -1) <= end) months++;
  return months;
}
