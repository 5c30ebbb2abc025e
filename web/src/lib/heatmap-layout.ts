/** The fields of a population unit the heat map places (src/engine/control-test-run.ts `Unit`). */
export type PlacedUnit = { label: string; start: string; end: string; status: string };

export type HeatmapCell<U extends PlacedUnit> = { unit: U; row?: number; column?: number };

export type HeatmapLayout<U extends PlacedUnit> = {
  /** `calendar`: one column per ISO week, one row per weekday. `strip`: cells in period order. */
  kind: 'calendar' | 'strip';
  cells: HeatmapCell<U>[];
  columns: number;
  /** Calendar only: the column where each month's first day falls, for labels above the grid. */
  months: { column: number; label: string }[];
};

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Daily and continuous controls have a slot per day (DESIGN.md §5), shown as a calendar: weeks as
 * columns from the Monday on or before the first slot, Monday to Sunday as rows. Every other
 * frequency, and event populations, keep period order in a strip that wraps.
 */
export function heatmapLayout<U extends PlacedUnit>(
  frequency: string,
  units: readonly U[],
): HeatmapLayout<U> {
  const first = units[0];
  const daily = frequency === 'daily' || frequency === 'continuous';
  const origin = first ? Date.parse(`${first.start}T00:00:00Z`) : Number.NaN;
  if (!daily || !Number.isFinite(origin)) {
    return { kind: 'strip', cells: units.map((unit) => ({ unit })), columns: units.length, months: [] };
  }
  const monday = origin - ((new Date(origin).getUTCDay() + 6) % 7) * DAY;
  const months: { column: number; label: string }[] = [];
  let columns = 0;
  const cells = units.map((unit) => {
    const t = Date.parse(`${unit.start}T00:00:00Z`);
    const day = new Date(t);
    const column = Math.floor((t - monday) / (7 * DAY)) + 1;
    columns = Math.max(columns, column);
    if (day.getUTCDate() === 1 || unit === first) {
      months.push({ column, label: `${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}` });
    }
    return { unit, row: ((day.getUTCDay() + 6) % 7) + 1, column };
  });
  return { kind: 'calendar', cells, columns, months };
}
