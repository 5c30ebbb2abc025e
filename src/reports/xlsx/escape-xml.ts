import { stripIllegalXml } from './strip-illegal-xml.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // XML 1.0 §2.11 turns a literal CR (and CRLF) into LF on reading; a character reference survives.
  '\r': '&#13;',
};

/** Text safe in element content and in double-quoted attributes, minus what XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"\r]/g, (c) => ENTITIES[c] ?? c);
}
