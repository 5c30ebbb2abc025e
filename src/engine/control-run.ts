import { addDays } from '../core/dates.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { ProgrammeControl, Vendor } from '../core/programme.ts';
import { controlStatus } from './control-status.ts';
import type { Reads, TestContext } from './control-test-run.ts';
import type { ControlResult } from './evaluation.ts';
import { DAY_MS } from './instant.ts';
import { FRESHNESS_DAYS, type Period, type Slot, slotsOf } from './slots.ts';
import { testFor } from './tests/index.ts';

/** What is evaluated: a Type II period, or a Type I as-of date (DESIGN.md §5). */
export type EvaluationScope = { type: 'II'; period: Period } | { type: 'I'; as_of: string };

/** Evidence collected this many days or more after its event time is retroactive (DESIGN.md §4). */
export const RETROACTIVE_DAYS = 14;
const RETROACTIVE_EXAMPLES = 20;

/** One control being evaluated: feed it the records it reads, in time order, then finish it. */
export type ControlRun = {
  control: ProgrammeControl;
  reads: Reads;
  add(record: EvidenceRecord): void;
  finish(): ControlResult;
};

/**
 * The test context of a control: for Type II the period and its slots; for Type I the window of one
 * slot of the control's frequency ending on the as-of date, as a single synthetic slot (so the control
 * passes when its latest evidence passes and is fresh).
 */
export function testContext(
  control: ProgrammeControl,
  scope: EvaluationScope,
  vendors: Vendor[],
): TestContext {
  const params = control.params;
  if (scope.type === 'II') {
    return {
      control,
      params,
      period: scope.period,
      mode: 'II',
      slots: slotsOf(control.frequency, scope.period, control.grace_days),
      vendors,
    };
  }
  const start = addDays(scope.as_of, -(FRESHNESS_DAYS[control.frequency] - 1));
  const period = { start, end: scope.as_of };
  const slots: Slot[] =
    control.frequency === 'event'
      ? []
      : [{ label: scope.as_of, start, end: scope.as_of, window_start: start, window_end: scope.as_of }];
  return { control, params, period, mode: 'I', slots, vendors };
}

export function startControl(
  control: ProgrammeControl,
  scope: EvaluationScope,
  vendors: Vendor[],
): ControlRun {
  const ctx = testContext(control, scope, vendors);
  const test = testFor(control.test);
  const run = test.start(ctx);
  let retroactive = 0;
  const examples: string[] = [];
  return {
    control,
    reads: test.reads(ctx),
    add(record) {
      if (Date.parse(record.collected_at) - Date.parse(record.observed_at) >= RETROACTIVE_DAYS * DAY_MS) {
        retroactive++;
        if (examples.length < RETROACTIVE_EXAMPLES) examples.push(record.id);
      }
      run.add(record);
    },
    finish(): ControlResult {
      const outcome = run.finish();
      const units = outcome.units;
      const exceptions = units
        .filter((u) => u.status !== 'met')
        .map((u) => ({ slot: u.label, reason: u.reason ?? u.status, evidence: u.evidence }));
      return {
        id: control.id,
        title: control.title,
        frequency: control.frequency,
        test: control.test,
        criteria: control.criteria,
        status: controlStatus(units, control.tolerable_rate, control.frequency === 'event'),
        expected: units.length,
        met: units.length - exceptions.length,
        exceptions,
        details: {
          ...outcome.details,
          ...(retroactive
            ? { retroactive: { count: retroactive, threshold_days: RETROACTIVE_DAYS, examples } }
            : {}),
        },
        population: units,
      };
    },
  };
}
