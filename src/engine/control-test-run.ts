import type { Params } from '../core/control.ts';
import type { ControlTest } from '../core/control-test.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { EvidenceType } from '../core/evidence-type.ts';
import type { ProgrammeControl, Vendor } from '../core/programme.ts';
import type { Period, Slot } from './slots.ts';

/** How one slot or event item came out (DESIGN.md §5). */
export type UnitStatus = 'met' | 'missing' | 'failed';

/**
 * One member of a control's population: a slot (label `2026-W14`, `2026-03`, …) or an event item
 * (label = the record id, or a test's own label such as `<finding>@<target>`). `start`/`end` are the
 * slot's dates, or the item's event date twice, so samples can be spread over the period.
 */
export type Unit = {
  label: string;
  start: string;
  end: string;
  status: UnitStatus;
  /** `missing`, or `failed: <why>`; absent when met. */
  reason?: string;
  /** Ids of the evidence records the judgement looked at (at most {@link MAX_UNIT_EVIDENCE}). */
  evidence: string[];
};

export const MAX_UNIT_EVIDENCE = 20;

/** What a test hands back: its population, judged, and test-specific figures for reports. */
export type TestOutcome = { units: Unit[]; details: Record<string, unknown> };

/** Everything a test may know: the control, its parameters, the period and its slots. Plain data. */
export type TestContext = {
  control: ProgrammeControl;
  params: Params;
  /** The audit period; for a Type I view, the freshness window ending on the as-of date. */
  period: Period;
  mode: 'II' | 'I';
  /** The slots expected in the period ([] for event controls; one synthetic slot for Type I). */
  slots: Slot[];
  /** Vendors listed in evident.yaml (vendor-risk). */
  vendors: Vendor[];
};

/** The evidence a run reads: these types, observed on dates in [since, until] (inclusive, UTC). */
export type Reads = { types: EvidenceType[]; since?: string; until: string };

/**
 * A test in progress. Records arrive in `observed_at` order (ties in ledger order), each at most once;
 * a run keeps only what it must, so a year of evidence never has to be held at once.
 */
export interface TestRun {
  add(record: EvidenceRecord): void;
  finish(): TestOutcome;
}

export type ControlTestDefinition = {
  id: ControlTest;
  reads(ctx: TestContext): Reads;
  start(ctx: TestContext): TestRun;
};
