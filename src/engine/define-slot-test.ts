import type { ControlTest } from '../core/control-test.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import {
  type ControlTestDefinition,
  MAX_UNIT_EVIDENCE,
  type Reads,
  type TestContext,
  type TestOutcome,
  type Unit,
} from './control-test-run.ts';
import type { Slot } from './slots.ts';

/** A slot's verdict from the records observed in its window (never called for an empty window). */
export type Judgement =
  | { ok: true; evidence?: string[] }
  | { ok: false; reason: string; evidence?: string[] };

export type SlotTestSpec = {
  id: ControlTest;
  /** Judges one slot given every record of the control's types observed in its window, in time order. */
  judge(records: readonly EvidenceRecord[], slot: Slot, ctx: TestContext): Judgement;
  /** Extra per-slot figures folded into `details` (optional). */
  details?(units: readonly Unit[], ctx: TestContext): Record<string, unknown>;
  reads?(ctx: TestContext): Reads;
  /**
   * What of a record the slot keeps until it is judged (default: all of it). A test that looks at a
   * small part of big records (a scan's targets, not its 50,000 findings) keeps only that part.
   */
  keep?(record: EvidenceRecord): EvidenceRecord;
};

const dateOf = (record: EvidenceRecord) => record.observed_at.slice(0, 10);

/** Reads every type the control lists over the union of its slot windows. */
export function slotReads(ctx: TestContext): Reads {
  const starts = [ctx.period.start, ...ctx.slots.map((s) => s.window_start)].sort();
  const ends = [ctx.period.end, ...ctx.slots.map((s) => s.window_end)].sort();
  const since = starts[0] ?? ctx.period.start;
  const until = ends.at(-1) ?? ctx.period.end;
  return { types: [...ctx.control.evidence], since, until };
}

/**
 * A test over slots (DESIGN.md §5): each slot with no record in its window is `missing`; otherwise
 * `judge` decides. Records arrive in time order, so a slot is judged as soon as a record past its window
 * arrives and its records are let go; only the slots whose windows are still open are held.
 */
export function defineSlotTest(spec: SlotTestSpec): ControlTestDefinition {
  return {
    id: spec.id,
    reads: spec.reads ?? slotReads,
    start(ctx) {
      const slots = ctx.slots;
      const held: EvidenceRecord[][] = slots.map(() => []);
      const units: Unit[] = [];
      let next = 0;
      const close = (i: number) => {
        const slot = slots[i] as Slot;
        const records = held[i] as EvidenceRecord[];
        held[i] = [];
        const base = { label: slot.label, start: slot.start, end: slot.end };
        if (!records.length) {
          units.push({ ...base, status: 'missing', reason: 'missing', evidence: [] });
          return;
        }
        const verdict = spec.judge(records, slot, ctx);
        const evidence = (verdict.evidence ?? records.map((r) => r.id)).slice(0, MAX_UNIT_EVIDENCE);
        units.push(
          verdict.ok
            ? { ...base, status: 'met', evidence }
            : { ...base, status: 'failed', reason: `failed: ${verdict.reason}`, evidence },
        );
      };
      return {
        add(record) {
          const day = dateOf(record);
          while (next < slots.length && (slots[next] as Slot).window_end < day) close(next++);
          const kept = spec.keep ? spec.keep(record) : record;
          for (let i = next; i < slots.length && (slots[i] as Slot).window_start <= day; i++) {
            if ((slots[i] as Slot).window_end >= day) (held[i] as EvidenceRecord[]).push(kept);
          }
        },
        finish(): TestOutcome {
          while (next < slots.length) close(next++);
          return { units, details: spec.details?.(units, ctx) ?? {} };
        },
      };
    },
  };
}

/**
 * The usual judgement "at least one record passes": met by the first record for which `check` returns
 * null; otherwise failed with the latest record's reason.
 */
export function anyRecordPasses(
  records: readonly EvidenceRecord[],
  check: (record: EvidenceRecord) => string | null,
): Judgement {
  let reason = '';
  for (const r of records) {
    const why = check(r);
    if (why === null) return { ok: true, evidence: [r.id] };
    reason = why;
  }
  return { ok: false, reason, evidence: records.map((r) => r.id) };
}

/** Failing subjects named in a reason before "and N more". */
const NAMED_SUBJECTS = 5;

/**
 * The judgement for snapshots, which each cover one subject (a service, a cluster, a database): a slot
 * is met when, for every subject with a snapshot in the window, at least one of its snapshots passes
 * (DESIGN.md §5 applied per subject), so one failing service is not hidden by another's passing
 * snapshot. With one subject this is exactly {@link anyRecordPasses}.
 */
export function eachSubjectPasses(
  records: readonly EvidenceRecord[],
  check: (record: EvidenceRecord) => string | null,
): Judgement {
  const bySubject = new Map<string, EvidenceRecord[]>();
  for (const r of records) {
    const list = bySubject.get(r.subject);
    if (list) list.push(r);
    else bySubject.set(r.subject, [r]);
  }
  if (bySubject.size === 1) return anyRecordPasses(records, check);
  const passing: string[] = [];
  const failing: { subject: string; reason: string; ids: string[] }[] = [];
  for (const [subject, list] of bySubject) {
    const verdict = anyRecordPasses(list, check);
    if (verdict.ok) passing.push(...(verdict.evidence ?? []));
    else failing.push({ subject, reason: verdict.reason, ids: list.map((r) => r.id) });
  }
  if (!failing.length) return { ok: true, evidence: passing };
  const named = failing.slice(0, NAMED_SUBJECTS).map((f) => `${f.subject}: ${f.reason}`);
  const more = failing.length - named.length;
  return {
    ok: false,
    reason: `${named.join('; ')}${more > 0 ? `; and ${more} more subject(s)` : ''}`,
    evidence: failing.flatMap((f) => f.ids),
  };
}
