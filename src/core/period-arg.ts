import { isValidDate } from './dates.ts';
import { EvidentError } from './errors.ts';

/** Parses `START..END` (inclusive UTC dates), as every command that takes `--period` does. */
export function parsePeriodArg(text: string): { start: string; end: string } {
  const [start, end, ...rest] = text.split('..');
  if (start === undefined || end === undefined || rest.length || !isValidDate(start) || !isValidDate(end)) {
    throw new EvidentError('bad_input', `--period: expected START..END with dates YYYY-MM-DD, got "${text}"`);
  }
  if (end < start) throw new EvidentError('bad_input', `--period: ${end} is before ${start}`);
  return { start, end };
}
