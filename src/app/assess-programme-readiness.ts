import { addDays, formatDate, isValidDate } from '../core/dates.ts';
import { EvidentError } from '../core/errors.ts';
import { assessReadiness, type Readiness } from '../engine/readiness/assess-readiness.ts';
import { evaluateWith } from './evaluate-programme.ts';
import { openProgramme } from './open-programme.ts';
import { withWorkspace } from './with-workspace.ts';

export type { Readiness } from '../engine/readiness/assess-readiness.ts';

/** Days of history the mock audit looks at: a year, like the Type II period it prepares for. */
export const READINESS_WINDOW_DAYS = 365;

/**
 * `evident readiness`: a Type II evaluation of the year ending on `asOf` (default today, UTC), read as a
 * mock audit (engine/readiness). Slots still open on `asOf` are not held against a control.
 */
export function assessProgrammeReadiness(
  dir: string,
  o: { asOf?: string; onProgress?: (records: number) => void } = {},
): Promise<Readiness & { warnings: string[] }> {
  const today = o.asOf ?? formatDate(new Date());
  if (!isValidDate(today))
    throw new EvidentError('bad_input', `--as-of: expected a date YYYY-MM-DD, got "${today}"`);
  const opened = openProgramme(dir);
  const window = { start: addDays(today, -(READINESS_WINDOW_DAYS - 1)), end: today };
  return withWorkspace(dir, async ({ store }) => {
    const history = await evaluateWith(opened, store, { type: 'II', period: window }, o.onProgress);
    return {
      ...assessReadiness({
        catalog: opened.catalog,
        programme: opened.programme,
        history: history.controls,
        window,
        today,
      }),
      warnings: opened.warnings.map((w) => w.message),
    };
  });
}
