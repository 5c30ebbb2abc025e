import { reportError } from './report-json.ts';

// RFC 3339 (what Go's time.Time and SARIF's `dateTime` emit), or a bare date; an offset is required so
// that an instant never depends on the importer's time zone.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2}))?$/;

/**
 * A report's own timestamp as UTC `YYYY-MM-DDTHH:MM:SS.sssZ`. Empty, absent and Go's zero time
 * (`0001-01-01T00:00:00Z`, what Go writes for "not set") give undefined, so the caller's fallback applies;
 * anything else unreadable is an error naming its JSON path rather than a silently different time.
 */
export function reportTime(
  value: string | null | undefined,
  path: string,
  fileName: string,
): string | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const m = RFC3339.exec(value.trim());
  if (!m) {
    throw reportError(
      fileName,
      `${path}: expected an RFC 3339 timestamp with offset (2026-01-07T02:00:00Z), got ${JSON.stringify(value.slice(0, 60))}`,
    );
  }
  if (m[1] === '0001') return undefined;
  const fraction = m[7] ? m[7].slice(0, 4) : '';
  const normal = m[4]
    ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${fraction}${m[8]!.toUpperCase()}`
    : `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`;
  const date = new Date(normal);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  if (
    Number.isNaN(date.getTime()) ||
    Number(m[3]) > daysInMonth ||
    Number(m[1]) < 1000 ||
    date.getUTCFullYear() > 9999
  ) {
    throw reportError(fileName, `${path}: ${JSON.stringify(value)} is not a real date and time`);
  }
  return date.toISOString();
}

/** The latest of several instants (ISO strings in UTC compare as text). */
export const latest = (values: readonly (string | undefined)[]): string | undefined =>
  values
    .filter((v): v is string => v !== undefined)
    .sort()
    .at(-1);
