import { addDays } from '../../core/dates.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { type ControlTestDefinition, MAX_UNIT_EVIDENCE, type Unit } from '../control-test-run.ts';
import { slotReads } from '../define-slot-test.ts';
import { instantDate } from '../instant.ts';
import { numberParam } from '../params.ts';
import type { Slot } from '../slots.ts';
import { nameList } from './name-list.ts';

type Person = Payload<'personnel'>['people'][number];
/** Per slot: the latest roster on or before its end; who trained in its window (name/email → record). */
type Held = { roster?: { id: string; people: Person[] }; trained: Map<string, string> };

const pct = (rate: number) => `${Math.floor(rate * 1000) / 10}%`;

/**
 * `security-training` (annual): of the people active at the period's end in the latest `personnel`
 * snapshot observed on or before it (started on or before the end, not left by it), everyone who joined
 * more than `new_joiner_days` (default 30) before the end has a `training_record` (any course) completed
 * in the window (the 365 days ending on the period's end); the slot fails when the share trained is below
 * `min_completion` (default 0.95). People match training records by name or email, case-insensitively.
 * Rosters are read from the beginning of time, so the reads have no `since`; a training record is kept
 * only as a name and an id, and only when completed in a window.
 */
export const securityTraining: ControlTestDefinition = {
  id: 'security-training',
  reads: (ctx) => ({ types: ['personnel', 'training_record'], until: slotReads(ctx).until }),
  start(ctx) {
    const minCompletion = numberParam(ctx.params, 'min_completion', 0.95);
    const newJoinerDays = numberParam(ctx.params, 'new_joiner_days', 30);
    const held: Held[] = ctx.slots.map(() => ({ trained: new Map() }));
    const until = slotReads(ctx).until;
    let summary: Record<string, unknown> = {};

    const judge = (slot: Slot, i: number): Unit => {
      const base = { label: slot.label, start: slot.start, end: slot.end };
      const { roster, trained } = held[i] as Held;
      if (!roster) {
        if (!trained.size) return { ...base, status: 'missing', reason: 'missing', evidence: [] };
        const evidence = [...new Set(trained.values())].slice(0, MAX_UNIT_EVIDENCE);
        return {
          ...base,
          status: 'failed',
          reason: `failed: no personnel snapshot on or before ${slot.end}`,
          evidence,
        };
      }
      const joinedBy = addDays(slot.end, -newJoinerDays);
      const required = roster.people.filter(
        (p) => p.start_date < joinedBy && !(p.end_date && p.end_date <= slot.end),
      );
      const evidence = [roster.id];
      const missing: string[] = [];
      for (const p of required) {
        const id = trained.get(p.person.toLowerCase()) ?? trained.get(p.email.toLowerCase());
        if (id === undefined) missing.push(p.person);
        else if (evidence.length < MAX_UNIT_EVIDENCE && !evidence.includes(id)) evidence.push(id);
      }
      const done = required.length - missing.length;
      const rate = required.length ? done / required.length : 1;
      summary = { required: required.length, trained: done, completion_rate: rate, missing };
      if (rate >= minCompletion) return { ...base, status: 'met', evidence };
      const share = `${pct(rate)} trained (${done} of ${required.length})`;
      const why = `${share}, below ${pct(minCompletion)}; missing: ${nameList(missing)}`;
      return { ...base, status: 'failed', reason: `failed: ${why}`, evidence };
    };

    return {
      add(record) {
        const day = record.observed_at.slice(0, 10);
        if (day > until) return;
        if (record.type === 'personnel') {
          const people = (record.data as Payload<'personnel'>).people;
          ctx.slots.forEach((slot, i) => {
            if (day <= slot.end) (held[i] as Held).roster = { id: record.id, people };
          });
        } else if (record.type === 'training_record') {
          const training = record.data as Payload<'training_record'>;
          const completed = instantDate(training.completed_at);
          const keys = [training.person, training.email].flatMap((k) => (k ? [k.toLowerCase()] : []));
          ctx.slots.forEach((slot, i) => {
            if (completed < slot.window_start || completed > slot.window_end) return;
            const trained = (held[i] as Held).trained;
            for (const k of keys) if (!trained.has(k)) trained.set(k, record.id);
          });
        }
      },
      finish() {
        const units = ctx.slots.map(judge);
        return { units, details: summary };
      },
    };
  },
};
