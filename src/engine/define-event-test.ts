import type { ControlTest } from '../core/control-test.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { ControlTestDefinition, Reads, TestContext, Unit } from './control-test-run.ts';

export type EventTestSpec = {
  id: ControlTest;
  /** null when the item passes, else why it failed (without the `failed: ` prefix). */
  judge(record: EvidenceRecord, ctx: TestContext): string | null;
  /**
   * Figures over the whole population for `details` (e.g. mean time to resolve), folded one item at a
   * time so that a population of hundreds of thousands of changes is never held.
   */
  details?(ctx: TestContext): { add(record: EvidenceRecord): void; finish(): Record<string, unknown> };
};

/** Event populations are the records of the control's first evidence type observed in the period. */
export function eventReads(ctx: TestContext): Reads {
  return { types: [ctx.control.evidence[0] ?? 'document'], since: ctx.period.start, until: ctx.period.end };
}

/**
 * A test over an event population (DESIGN.md §5): every record of the control's first type whose event
 * time lies in the period is one item, labelled by its id, met or an exception on its own. For a Type I
 * view only the latest item counts.
 */
export function defineEventTest(spec: EventTestSpec): ControlTestDefinition {
  return {
    id: spec.id,
    reads: eventReads,
    start(ctx) {
      const type = ctx.control.evidence[0];
      const units: Unit[] = [];
      const tally = spec.details?.(ctx);
      return {
        add(record) {
          if (record.type !== type) return;
          const day = record.observed_at.slice(0, 10);
          if (day < ctx.period.start || day > ctx.period.end) return;
          const why = spec.judge(record, ctx);
          units.push({
            label: record.id,
            start: day,
            end: day,
            evidence: [record.id],
            ...(why === null ? { status: 'met' } : { status: 'failed', reason: `failed: ${why}` }),
          });
          tally?.add(record);
        },
        finish() {
          const population = ctx.mode === 'I' ? units.slice(-1) : units;
          return { units: population, details: tally?.finish() ?? {} };
        },
      };
    },
  };
}
