import { CATEGORIES, type Category } from '../core/category.ts';
import { EvidentError } from '../core/errors.ts';

export { parsePeriodArg as parsePeriod } from '../core/period-arg.ts';

/** `security,availability` → categories; security is implied. */
export function parseCategories(text: string): Category[] {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/[ -]/g, '_'))
    .filter(Boolean);
  const unknown = names.filter((n) => !(CATEGORIES as readonly string[]).includes(n));
  if (unknown.length) {
    throw new EvidentError(
      'bad_input',
      `unknown categories ${unknown.join(', ')} (known: ${CATEGORIES.join(', ')})`,
    );
  }
  return names as Category[];
}

export function parseChoice<T extends string>(option: string, text: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new EvidentError('bad_input', `${option}: expected one of ${choices.join(', ')}, got "${text}"`);
}

export function parseCount(option: string, text: string): number {
  if (!/^\d+$/.test(text))
    throw new EvidentError('bad_input', `${option}: expected a whole number, got "${text}"`);
  return Number(text);
}
