/**
 * SpreadsheetML strings are ST_Xstring (ECMA-376 Part 1 §22.9.2.19): Excel reads `_xHHHH_` as the
 * character U+HHHH. Text that happens to contain such a sequence keeps it literally by escaping its
 * underscore as `_x005F_`.
 */
export function xstring(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}
