import { addDays } from '../../core/dates.ts';
import { assessReadiness, type Readiness } from '../../engine/readiness/assess-readiness.ts';
import { READINESS_WINDOW_DAYS } from '../assess-programme-readiness.ts';
import { evaluateWith } from '../evaluate-programme.ts';
import type { Workspace } from '../workspace.ts';

/** `evident readiness` as of `today` (the year ending today), on an open workspace. */
export async function readinessWith(ws: Workspace, today: string): Promise<Readiness> {
  const window = { start: addDays(today, -(READINESS_WINDOW_DAYS - 1)), end: today };
  const history = await evaluateWith(ws, ws.store, { type: 'II', period: window });
  return assessReadiness({
    catalog: ws.catalog,
    programme: ws.programme,
    history: history.controls,
    window,
    today,
  });
}
