const DAY_MS = 86_400_000;

/** The days of the period by index (0 = its first day); indexes outside the period are allowed. */
export type Calendar = {
  startMs: number;
  days: number;
  dates: string[];
  weekday(i: number): number;
  dateOf(i: number): string;
  /** Instant of day `i` (any integer) plus `seconds`, as ISO text. */
  at(i: number, seconds: number): string;
  /** Day index of the first of each month; the first entry is negative when the period starts mid-month. */
  firstOfMonths: number[];
  monthLength(first: number): number;
  mondays: number[];
  /** `i` moved into the period. */
  clamp(i: number): number;
};

export function makeCalendar(period: { start: string; end: string }): Calendar {
  const startMs = Date.parse(`${period.start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${period.end}T00:00:00Z`) - startMs) / DAY_MS) + 1;
  if (!(days >= 28)) throw new Error(`the period must be at least 28 days: ${period.start}..${period.end}`);
  const dates: string[] = Array.from({ length: days }, (_, i) =>
    new Date(startMs + i * DAY_MS).toISOString().slice(0, 10),
  );
  const weekday = (i: number) => new Date(startMs + i * DAY_MS).getUTCDay();
  const firstOfMonths: number[] = [];
  for (let i = 0; i < days; i++) if (dates[i]?.endsWith('-01')) firstOfMonths.push(i);
  if (!firstOfMonths.includes(0)) firstOfMonths.unshift(-Number(period.start.slice(8, 10)) + 1);
  const mondays: number[] = [];
  for (let i = 0; i < days; i++) if (weekday(i) === 1) mondays.push(i);
  return {
    startMs,
    days,
    dates,
    weekday,
    dateOf: (i) => new Date(startMs + i * DAY_MS).toISOString().slice(0, 10),
    at: (i, seconds) => new Date(startMs + i * DAY_MS + Math.round(seconds) * 1000).toISOString(),
    firstOfMonths,
    monthLength(first) {
      const d = new Date(startMs + first * DAY_MS);
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    },
    mondays,
    clamp: (i) => Math.max(0, Math.min(days - 1, i)),
  };
}
