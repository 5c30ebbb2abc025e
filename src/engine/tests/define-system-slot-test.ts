import type { ControlTest } from '../../core/control-test.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import {
  type ControlTestDefinition,
  MAX_UNIT_EVIDENCE,
  type TestContext,
  type Unit,
} from '../control-test-run.ts';
import { slotReads } from '../define-slot-test.ts';
import { listParam } from '../params.ts';
import type { Slot } from '../slots.ts';
import { nameList } from './name-list.ts';

export type SystemSlotTestSpec = {
  id: ControlTest;
  /** The system a record is about (`access_review.system`, `access_control.system`). */
  systemOf(record: EvidenceRecord): string;
  /** null when the record passes, else why it fails (naming the system). */
  check(record: EvidenceRecord, ctx: TestContext): string | null;
  /** How a reason names required systems with no record in the window: `not reviewed`, `no snapshot`. */
  absent: string;
};

/** Per slot and system: the first passing record, or the records that failed and the latest reason. */
type SystemState = { name: string; pass?: string; failed: string[]; reason?: string };
/** Per slot: whether any record of the type lies in its window, and the verdict of each system. */
type Held = { any: boolean; systems: Map<string, SystemState> };

/**
 * A slot test (DESIGN.md §5) where each slot needs a passing record for every system: the `systems`
 * parameter, else every system any record of the run names. That default is known only at the end of
 * the run, so each slot keeps one small verdict per system instead of its records, and all slots are
 * judged at finish. Systems match case-insensitively. With `systems` set, records of other systems are
 * not judged, but they still show the control operated: a window holding only those fails rather than
 * being `missing`.
 */
export function defineSystemSlotTest(spec: SystemSlotTestSpec): ControlTestDefinition {
  return {
    id: spec.id,
    reads: slotReads,
    start(ctx) {
      const type = ctx.control.evidence[0];
      const listed = listParam(ctx.params, 'systems');
      const required = listed?.length ? new Map(listed.map((s) => [s.toLowerCase(), s])) : undefined;
      const seen = new Map<string, string>();
      const slots: Held[] = ctx.slots.map(() => ({ any: false, systems: new Map() }));
      const { since = '', until } = slotReads(ctx);
      return {
        add(record) {
          const day = record.observed_at.slice(0, 10);
          if (record.type !== type || day < since || day > until) return;
          const system = spec.systemOf(record);
          const key = system.toLowerCase();
          const counts = !required || required.has(key);
          if (counts && !seen.has(key)) seen.set(key, system);
          let verdict: string | null | undefined;
          ctx.slots.forEach((slot, i) => {
            if (day < slot.window_start || day > slot.window_end) return;
            const held = slots[i] as Held;
            held.any = true;
            if (!counts) return;
            let state = held.systems.get(key);
            if (!state) {
              state = { name: required?.get(key) ?? system, failed: [] };
              held.systems.set(key, state);
            }
            if (state.pass) return;
            if (verdict === undefined) verdict = spec.check(record, ctx);
            if (verdict === null) state.pass = record.id;
            else {
              state.reason = verdict;
              if (state.failed.length < MAX_UNIT_EVIDENCE) state.failed.push(record.id);
            }
          });
        },
        finish() {
          const systems = required ?? new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
          const units = ctx.slots.map((slot, i) => judge(slot, slots[i] as Held, systems));
          return { units, details: { systems: [...systems.values()] } };
        },
      };
    },
  };

  function judge(slot: Slot, held: Held, systems: Map<string, string>): Unit {
    const base = { label: slot.label, start: slot.start, end: slot.end };
    if (!held.any) return { ...base, status: 'missing', reason: 'missing', evidence: [] };
    const absent: string[] = [];
    const reasons: string[] = [];
    const evidence: string[] = [];
    for (const [key, name] of systems) {
      const state = held.systems.get(key);
      if (!state) absent.push(name);
      else if (state.pass) evidence.push(state.pass);
      else {
        reasons.push(state.reason ?? '');
        evidence.push(...state.failed);
      }
    }
    if (absent.length) reasons.unshift(`${spec.absent}: ${nameList(absent)}`);
    const ids = evidence.slice(0, MAX_UNIT_EVIDENCE);
    return reasons.length
      ? { ...base, status: 'failed', reason: `failed: ${reasons.join('; ')}`, evidence: ids }
      : { ...base, status: 'met', evidence: ids };
  }
}
