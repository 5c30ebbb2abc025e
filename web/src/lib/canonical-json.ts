/**
 * RFC 8785 (JCS) for values that came out of JSON.parse: members sorted by UTF-16 code units
 * (§3.2.3), strings and numbers as ECMAScript's JSON.stringify writes them (§3.2.2.2, §3.2.2.3).
 * The ledger hashes records in this form (docs/ledger.md), so the browser can recompute a record id.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`${typeof value} is not a JSON value`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}
