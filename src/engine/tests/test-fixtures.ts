/** Plain-object builders for the control tests' unit tests (no catalog, no store). */
import type { Params } from '../../core/control.ts';
import type { ControlTest } from '../../core/control-test.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { EvidenceType } from '../../core/evidence-type.ts';
import type { Frequency } from '../../core/frequency.ts';
import type { Vendor } from '../../core/programme.ts';
import type { ControlTestDefinition, TestContext, TestOutcome } from '../control-test-run.ts';
import { type Period, slotsOf } from '../slots.ts';
import { testFor } from './index.ts';

let counter = 0;

/** A stored record as the engine sees it; `observed_at` may be a date (midnight UTC) or a date-time. */
export function rec(
  type: EvidenceType,
  observedAt: string,
  data: Record<string, unknown>,
  more: { subject?: string; collected_at?: string; id?: string } = {},
): EvidenceRecord {
  const observed = new Date(/T/.test(observedAt) ? observedAt : `${observedAt}T12:00:00Z`).toISOString();
  counter++;
  return {
    id: more.id ?? `${type}-${counter.toString(16).padStart(6, '0')}`,
    seq: counter,
    type,
    source: 'test',
    subject: more.subject ?? 'prod',
    observed_at: observed,
    collected_at: more.collected_at ?? observed,
    data: data as never,
    artifacts: [],
  };
}

export type ContextOptions = {
  test: ControlTest;
  frequency: Frequency;
  evidence: readonly EvidenceType[];
  period: Period;
  params?: Params;
  grace_days?: number;
  vendors?: Vendor[];
  mode?: 'II' | 'I';
};

export function context(o: ContextOptions): TestContext {
  return {
    control: {
      id: o.test,
      title: o.test,
      description: o.test,
      owner: 'Security lead',
      frequency: o.frequency,
      evidence: [...o.evidence],
      test: o.test,
      params: o.params ?? {},
      criteria: ['CC7.1'],
      iso: [],
      grace_days: o.grace_days ?? 0,
      tolerable_rate: 0.1,
      origin: 'library',
      enabled: true,
      prior_exceptions: false,
      overridden: [],
    },
    params: o.params ?? {},
    period: o.period,
    mode: o.mode ?? 'II',
    slots: slotsOf(o.frequency, o.period, o.grace_days ?? 0),
    vendors: o.vendors ?? [],
  };
}

/** Runs a test over records (sorted into time order, as the store delivers them). */
export function runTest(
  ctx: TestContext,
  records: EvidenceRecord[],
  definition: ControlTestDefinition = testFor(ctx.control.test),
): TestOutcome {
  const run = definition.start(ctx);
  const sorted = [...records].sort((a, b) =>
    a.observed_at < b.observed_at ? -1 : a.observed_at > b.observed_at ? 1 : a.seq - b.seq,
  );
  for (const r of sorted) run.add(r);
  return run.finish();
}

/** Units that are not met, as `label → reason`. */
export const exceptionsOf = (outcome: TestOutcome): Record<string, string> =>
  Object.fromEntries(outcome.units.filter((u) => u.status !== 'met').map((u) => [u.label, u.reason ?? '']));
