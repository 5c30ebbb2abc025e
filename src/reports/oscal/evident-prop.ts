import type { OscalProp } from './oscal-types.ts';

/**
 * Namespace of Evident's own props and parts. OSCAL reserves props without `ns` for the names its
 * models define, so ours are qualified (OSCAL metadata "Property": `ns`).
 */
export const EVIDENT_NS = 'urn:evident:oscal';

/** An Evident prop; the value is folded to one line, as OSCAL's string datatype has no edge whitespace. */
export function evidentProp(name: string, value: string | number): OscalProp {
  return { name, ns: EVIDENT_NS, value: oscalString(String(value)) };
}

/** OSCAL's StringDatatype (`^\S(.*\S)?$`, no line breaks): whitespace runs folded, edges trimmed. */
export function oscalString(text: string, fallback = 'unnamed'): string {
  return text.replace(/\s+/g, ' ').trim() || fallback;
}
