/** Excel's column limit ("Excel specifications and limits"): the last column is XFD. */
export const MAX_COLUMNS = 16_384;

/** The A1-style letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnName(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS)
    throw new RangeError(`column index ${index} is outside 0..${MAX_COLUMNS - 1}`);
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
