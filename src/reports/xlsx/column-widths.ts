import type { Sheet } from './sheet.ts';

/** Room for the autofilter drop-down button beside a header. */
const FILTER_BUTTON = 3;
const MIN_WIDTH = 8;
/** Wrapped columns stop here and wrap; others may grow to fit a whole SHA-256 (64 hex digits). */
const MAX_WRAPPED = 60;
const MAX_PLAIN = 66;

/**
 * Widths in Excel's unit (about one digit of the default font, ECMA-376 Part 1 §18.3.1.13), fitted to
 * the header and the longest line of each column's values.
 */
export function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((column, c) => {
    if (column.kind === 'date') return Math.max(12, column.header.length + FILTER_BUTTON);
    let longest = column.header.length + FILTER_BUTTON;
    for (const row of sheet.rows) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      for (const line of String(value).split('\n')) longest = Math.max(longest, line.length + 1);
    }
    return Math.min(Math.max(longest, MIN_WIDTH), column.kind === 'wrap' ? MAX_WRAPPED : MAX_PLAIN);
  });
}
