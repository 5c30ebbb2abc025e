import { EvidentError } from '../../core/errors.ts';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
const ORDER: readonly Unit[] = ['h', 'm', 's', 'ms'];
const SEGMENT = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;
export const MAX_DURATION_MS = 86_400_000;

const bad = (text: string, why: string) =>
  new EvidentError(
    'bad_config',
    `invalid duration ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}: ${why} (write e.g. "250ms", "60s", "5m", "1h30m")`,
  );

/**
 * Parses a duration such as `250ms`, `60s`, `5m`, `1.5h` or `1h30m` (units h, m, s, ms, each at most
 * once and largest first) to whole milliseconds, from 1 ms to 24 h. Anything else, including a bare
 * number (ambiguous: seconds or milliseconds?), is an EvidentError `bad_config` that says what to write.
 */
export function parseDuration(text: string): number {
  if (typeof text !== 'string') throw bad(String(text), 'expected a string with a unit');
  const s = text.trim();
  if (s === '') throw bad(text, 'empty');
  if (s.length > 32) throw bad(text, 'too long');
  if (/^\d+(\.\d+)?$/.test(s)) throw bad(text, 'a number needs a unit');
  let ms = 0;
  let last = -1;
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < s.length) {
    const at = SEGMENT.lastIndex;
    const m = SEGMENT.exec(s);
    if (!m) throw bad(text, `unexpected ${JSON.stringify(s.slice(at, at + 8))}`);
    const unit = m[2] as Unit;
    const rank = ORDER.indexOf(unit);
    if (rank <= last) throw bad(text, 'units must appear once each, largest first');
    last = rank;
    ms += Number(m[1]) * UNIT_MS[unit];
  }
  // Decimal fractions like 0.1s are not exact in binary; a microsecond of slack absorbs that.
  const rounded = Math.round(ms);
  if (Math.abs(ms - rounded) > 1e-3) throw bad(text, 'finer than a millisecond');
  if (rounded < 1) throw bad(text, 'must be at least 1ms');
  if (rounded > MAX_DURATION_MS) throw bad(text, 'must be at most 24h');
  return rounded;
}
