import { stripIllegalXml } from './strip-illegal-xml.ts';

/** Excel's limit on the characters (UTF-16 code units) of one cell ("Excel specifications and limits"). */
export const MAX_CELL_CHARS = 32_767;

/**
 * The text a cell can hold: illegal XML characters removed and, past Excel's limit, cut short with a
 * marker saying how long it was, so an auditor never mistakes a cut value for the whole.
 */
export function cellText(text: string): string {
  const clean = stripIllegalXml(text);
  if (clean.length <= MAX_CELL_CHARS) return clean;
  const marker = `… [truncated: ${clean.length} characters in full]`;
  let cut = MAX_CELL_CHARS - marker.length;
  // Never split a surrogate pair: its lone half would be illegal XML.
  const last = clean.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return clean.slice(0, cut) + marker;
}
