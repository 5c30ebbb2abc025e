import type { ControlTest } from '../../core/control-test.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { type ControlTestDefinition, MAX_UNIT_EVIDENCE, type TestContext } from '../control-test-run.ts';
import { type Judgement, slotReads } from '../define-slot-test.ts';
import { listParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { defineSummarySlotTest } from './define-summary-slot-test.ts';
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

/**
 * A slot test (DESIGN.md §5) where each slot needs a passing record for every system: the `systems`
 * parameter, else every system any record of the run names. That default is known only at the end of
 * the run, so it is a summary slot test: each slot keeps one small verdict per system instead of its
 * records, and all slots are judged at finish. Systems match case-insensitively. With `systems` set,
 * records of other systems are not judged, but they still show the control operated: a window holding
 * only those fails rather than being `missing`.
 */
export function defineSystemSlotTest(spec: SystemSlotTestSpec): ControlTestDefinition {
  const test = defineSummarySlotTest<Map<string, SystemState>>({
    id: spec.id,
    start(ctx) {
      const listed = listParam(ctx.params, 'systems');
      const required = listed?.length ? new Map(listed.map((s) => [s.toLowerCase(), s])) : undefined;
      const seen = new Map<string, string>();
      const { since = '', until } = slotReads(ctx);
      const systems = () => required ?? new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return {
        empty: () => new Map(),
        observe(record) {
          const day = record.observed_at.slice(0, 10);
          if (day < since || day > until) return;
          const system = spec.systemOf(record);
          const key = system.toLowerCase();
          if ((!required || required.has(key)) && !seen.has(key)) seen.set(key, system);
        },
        fold(states, record) {
          const system = spec.systemOf(record);
          const key = system.toLowerCase();
          if (required && !required.has(key)) return;
          let state = states.get(key);
          if (!state) {
            state = { name: required?.get(key) ?? system, failed: [] };
            states.set(key, state);
          }
          if (state.pass) return;
          const verdict = spec.check(record, ctx);
          if (verdict === null) state.pass = record.id;
          else {
            state.reason = verdict;
            if (state.failed.length < MAX_UNIT_EVIDENCE) state.failed.push(record.id);
          }
        },
        judge(states): Judgement {
          const absent: string[] = [];
          const reasons: string[] = [];
          const evidence: string[] = [];
          for (const [key, name] of systems()) {
            const state = states.get(key);
            if (!state) absent.push(name);
            else if (state.pass) evidence.push(state.pass);
            else {
              reasons.push(state.reason ?? '');
              evidence.push(...state.failed);
            }
          }
          if (absent.length) reasons.unshift(`${spec.absent}: ${nameList(absent)}`);
          return reasons.length
            ? { ok: false, reason: reasons.join('; '), evidence }
            : { ok: true, evidence };
        },
        details: () => ({ systems: [...systems().values()] }),
      };
    },
  });
  // Only records of the control's type are evidence: a window holding nothing else is `missing`.
  return acceptOnly(test, (record, ctx) => record.type === ctx.control.evidence[0]);
}
