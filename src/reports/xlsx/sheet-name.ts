import { stripIllegalXml } from './strip-illegal-xml.ts';

/** Excel's limit on a worksheet name (ECMA-376 Part 1 §18.2.19 leaves it to the application). */
export const MAX_SHEET_NAME = 31;

/**
 * A worksheet name Excel accepts: the characters it forbids ([ ] : * ? / \ and control characters)
 * become spaces, leading and trailing apostrophes and spaces go, and the name is cut to 31 characters.
 * Throws when nothing is left or the name is "History", which Excel reserves.
 */
export function sheetName(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const spaced = stripIllegalXml(raw).replace(/\s*[[\]:*?/\\\u0000-\u001f][\s[\]:*?/\\\u0000-\u001f]*/g, ' ');
  let name = spaced.replace(/^[\s']+|[\s']+$/g, '');
  if (name.length > MAX_SHEET_NAME) {
    const high = name.charCodeAt(MAX_SHEET_NAME - 1);
    name = name.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME);
    name = name.replace(/[\s']+$/, '');
  }
  if (!name) throw new Error(`sheet name ${JSON.stringify(raw)} is empty once cleaned`);
  if (name.toLowerCase() === 'history') throw new Error('sheet name "History" is reserved by Excel');
  return name;
}
