import type { ControlTest } from '../../core/control-test.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import {
  type ControlTestDefinition,
  MAX_UNIT_EVIDENCE,
  type Reads,
  type TestContext,
  type Unit,
} from '../control-test-run.ts';
import { type Judgement, slotReads } from '../define-slot-test.ts';
import type { Slot } from '../slots.ts';

/** One run of a summary slot test: how a slot's records fold into a compact summary and how it is judged. */
export type SummaryRun<S> = {
  /** A fresh summary for one slot. */
  empty(slot: Slot): S;
  /** Folds a record into the summary of each slot whose window holds its observation date. */
  fold(summary: S, record: EvidenceRecord, slot: Slot): void;
  /** Sees each record once, whether or not a slot holds it (run-wide state such as every target seen). */
  observe?(record: EvidenceRecord): void;
  /** Judges a slot at finish, once every record has been seen; only called for slots holding a record. */
  judge(summary: S, slot: Slot): Judgement;
  details?(units: readonly Unit[]): Record<string, unknown>;
};

export type SummarySlotTestSpec<S> = {
  id: ControlTest;
  reads?(ctx: TestContext): Reads;
  start(ctx: TestContext): SummaryRun<S>;
};

type Held<S> = { summary: S; ids: string[] };

/**
 * A slot test (DESIGN.md §5) whose verdicts need the whole run before any slot can be judged (e.g. "every
 * target seen in the period"). Instead of holding records, each slot keeps a compact summary that its
 * records are folded into; every slot is judged at finish. A slot whose window holds no record is
 * `missing`; the default evidence of a slot is the first records folded into it.
 */
export function defineSummarySlotTest<S>(spec: SummarySlotTestSpec<S>): ControlTestDefinition {
  return {
    id: spec.id,
    reads: spec.reads ?? slotReads,
    start(ctx) {
      const run = spec.start(ctx);
      const slots = ctx.slots;
      const held: (Held<S> | undefined)[] = slots.map(() => undefined);
      // Records arrive in time order and slot windows end in slot order, so windows closed before a
      // record's date stay closed for every later record.
      let first = 0;
      return {
        add(record) {
          run.observe?.(record);
          const day = record.observed_at.slice(0, 10);
          while (first < slots.length && (slots[first] as Slot).window_end < day) first++;
          for (let i = first; i < slots.length && (slots[i] as Slot).window_start <= day; i++) {
            const slot = slots[i] as Slot;
            if (slot.window_end < day) continue;
            let h = held[i];
            if (!h) {
              h = { summary: run.empty(slot), ids: [] };
              held[i] = h;
            }
            run.fold(h.summary, record, slot);
            if (h.ids.length < MAX_UNIT_EVIDENCE) h.ids.push(record.id);
          }
        },
        finish() {
          const units: Unit[] = slots.map((slot, i) => {
            const base = { label: slot.label, start: slot.start, end: slot.end };
            const h = held[i];
            if (!h) return { ...base, status: 'missing', reason: 'missing', evidence: [] };
            const verdict = run.judge(h.summary, slot);
            const evidence = (verdict.evidence ?? h.ids).slice(0, MAX_UNIT_EVIDENCE);
            return verdict.ok
              ? { ...base, status: 'met', evidence }
              : { ...base, status: 'failed', reason: `failed: ${verdict.reason}`, evidence };
          });
          return { units, details: run.details?.(units) ?? {} };
        },
      };
    },
  };
}
