import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import type { ControlTestDefinition, TestContext } from '../control-test-run.ts';
import { defineEventTest } from '../define-event-test.ts';
import { defineSlotTest } from '../define-slot-test.ts';
import { acceptOnly } from './accept-only.ts';

/**
 * Whether a record is a `document` of the control's `kind` (matched exactly). Without a `kind` parameter
 * any document counts. Other records are ignored entirely, also for missing-ness.
 */
const ofKind = (record: EvidenceRecord, ctx: TestContext): boolean => {
  if (record.type !== 'document') return false;
  const kind = ctx.params.kind;
  return typeof kind !== 'string' || (record.data as Payload<'document'>).kind === kind;
};

/** Slot frequencies: a document of the kind observed in the window meets the slot (the latest is cited). */
const bySlot = acceptOnly(
  defineSlotTest({
    id: 'document',
    judge: (records) => ({ ok: true, evidence: records.slice(-1).map((r) => r.id) }),
  }),
  ofKind,
);

/**
 * Frequency `event`: every document of the kind observed in the period is one item, and a document's
 * existence is its own evidence, so every item is met (an empty population is fine: it did not occur).
 */
const byEvent = acceptOnly(defineEventTest({ id: 'document', judge: () => null }), ofKind);

/**
 * `document` (any frequency): a `document` whose `kind` is the param `kind` exists. For slot frequencies
 * each slot needs one observed in its window (a window holding only other kinds is `missing`); for
 * `event` the population is the documents of the kind in the period, each met.
 */
export const document: ControlTestDefinition = {
  id: 'document',
  reads: (ctx) => (ctx.control.frequency === 'event' ? byEvent : bySlot).reads(ctx),
  start: (ctx) => (ctx.control.frequency === 'event' ? byEvent : bySlot).start(ctx),
};
