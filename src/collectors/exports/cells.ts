import { isValidDate } from '../../core/dates.ts';

/** What a column holds; each kind turns one trimmed, non-empty cell into a payload value or throws. */
export type Kind =
  | { kind: 'text' }
  | { kind: 'instant' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'count' }
  | { kind: 'number'; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list' };

export type Value = string | number | boolean | string[];

/** A cell that does not hold what its column expects; the caller adds file, row and column. */
export class CellError extends Error {}

const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

// ISO 8601 / RFC 3339 date-time; a space may stand for the `T` (spreadsheets write it that way).
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

const INSTANT_EXPECTED =
  'expected a date YYYY-MM-DD or a date-time with a time zone, e.g. 2026-03-02T14:30:00Z or 2026-03-02T16:30:00+02:00';

/**
 * An event time: a calendar date stays a date (the payload schemas accept one); a date-time is
 * normalised to UTC `YYYY-MM-DDTHH:MM:SSZ`. A date-time without a zone is refused: the same export
 * read on two machines must give the same instant.
 */
export function parseInstant(s: string): string {
  if (isValidDate(s)) return s;
  const m = DATE_TIME.exec(s);
  if (!m) throw new CellError(`${INSTANT_EXPECTED}; got ${show(s)}`);
  const [, date = '', hh = '', mm = '', ss = '00', frac = '', z, sign, oh = '00', om = '00'] = m;
  if (!z && !sign) throw new CellError(`${show(s)} has no time zone: add Z (UTC) or an offset like +02:00`);
  if (!isValidDate(date) || +hh > 23 || +mm > 59 || +ss > 59 || +oh > 23 || +om > 59) {
    throw new CellError(`${INSTANT_EXPECTED}; got ${show(s)}, which is not a real date or time`);
  }
  const ms = frac.padEnd(3, '0').slice(0, 3);
  const zone = z ? 'Z' : `${sign}${oh}:${om}`;
  return toUtc(`${date}T${hh}:${mm}:${ss}.${ms}${zone}`);
}

const toUtc = (iso: string): string => new Date(iso).toISOString().replace('.000Z', 'Z');

/** The `observed_at` of an event time: a date is its midnight UTC. */
export const observedAt = (instant: string): string =>
  isValidDate(instant) ? `${instant}T00:00:00Z` : instant;

const TRUE = ['true', 'yes', 'y', '1'];
const FALSE = ['false', 'no', 'n', '0'];

export function parseCell(kind: Kind, s: string): Value {
  switch (kind.kind) {
    case 'text':
      return s;
    case 'instant':
      return parseInstant(s);
    case 'date':
      if (!isValidDate(s)) throw new CellError(`expected a calendar date YYYY-MM-DD, got ${show(s)}`);
      return s;
    case 'boolean': {
      const v = s.toLowerCase();
      if (TRUE.includes(v)) return true;
      if (FALSE.includes(v)) return false;
      throw new CellError(`expected one of ${[...TRUE, ...FALSE].join(', ')}; got ${show(s)}`);
    }
    case 'count': {
      const n = Number(s);
      if (!/^\d+$/.test(s) || !Number.isSafeInteger(n)) {
        throw new CellError(`expected a whole number 0 or more, got ${show(s)}`);
      }
      return n;
    }
    case 'number': {
      const n = Number(s);
      const bound = kind.max === undefined ? '' : ` and at most ${kind.max}`;
      if (!/^\d+(\.\d+)?$/.test(s) || !Number.isFinite(n) || (kind.max !== undefined && n > kind.max)) {
        throw new CellError(`expected a number 0 or more${bound} (digits and a "." only), got ${show(s)}`);
      }
      return n;
    }
    case 'enum': {
      const v = s.toLowerCase();
      if (!kind.values.includes(v))
        throw new CellError(`expected one of ${kind.values.join(', ')}; got ${show(s)}`);
      return v;
    }
    case 'list':
      return splitList(s);
  }
}

/** A `;`-separated list; blank items are dropped, so an empty cell is an empty list. */
export const splitList = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
