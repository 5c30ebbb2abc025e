import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { type ControlTestDefinition, MAX_UNIT_EVIDENCE, type Unit } from '../control-test-run.ts';
import { slotReads } from '../define-slot-test.ts';
import { listParam } from '../params.ts';
import type { Slot } from '../slots.ts';
import { nameList } from './name-list.ts';

/** Vendor key (lower case) → date of its latest assessment. */
type LastAssessed = Map<string, string>;

/**
 * `vendor-risk` (annual): every vendor (the `vendors` parameter, else the vendors of evident.yaml, else
 * every vendor ever assessed) has a `vendor_assessment` observed in the window (the 365 days ending on
 * the period's end). Names match case-insensitively. Assessments are read from the beginning of time so
 * that a reason can tell "never assessed" from "last assessed on <date>". A window with no assessment
 * at all is `missing`; one with assessments of other vendors only fails and names the vendors.
 */
export const vendorRisk: ControlTestDefinition = {
  id: 'vendor-risk',
  reads: (ctx) => ({ types: ['vendor_assessment'], until: slotReads(ctx).until }),
  start(ctx) {
    const listed = listParam(ctx.params, 'vendors') ?? ctx.vendors.map((v) => v.name);
    const required = listed.length ? new Map(listed.map((v) => [v.toLowerCase(), v])) : undefined;
    const names = new Map(required);
    const last: LastAssessed = new Map();
    const inWindow: Map<string, string>[] = ctx.slots.map(() => new Map());
    // Each slot's view of the history when its window opened, so a reason can date older assessments.
    const before: (LastAssessed | undefined)[] = ctx.slots.map(() => undefined);
    const until = slotReads(ctx).until;
    let notAssessed: string[] = [];

    const judge = (slot: Slot, i: number): Unit => {
      const base = { label: slot.label, start: slot.start, end: slot.end };
      const assessed = inWindow[i] as Map<string, string>;
      const vendors = [...(required ?? names)];
      const absent = vendors.filter(([key]) => !assessed.has(key));
      notAssessed = absent.map(([, name]) => name);
      if (!assessed.size) return { ...base, status: 'missing', reason: 'missing', evidence: [] };
      const evidence = vendors.flatMap(([key]) => assessed.get(key) ?? []).slice(0, MAX_UNIT_EVIDENCE);
      if (!absent.length) return { ...base, status: 'met', evidence };
      const history = before[i] ?? last;
      const never = absent.filter(([key]) => !history.has(key)).map(([, name]) => name);
      const stale = absent.flatMap(([key, name]) => {
        const day = history.get(key);
        return day ? [`${name} (last ${day})`] : [];
      });
      const reasons = [
        never.length ? `never assessed: ${nameList(never)}` : '',
        stale.length ? `not assessed in the window: ${nameList(stale)}` : '',
      ].filter(Boolean);
      return { ...base, status: 'failed', reason: `failed: ${reasons.join('; ')}`, evidence };
    };

    return {
      add(record) {
        if (record.type !== 'vendor_assessment') return;
        const { vendor } = record.data as Payload<'vendor_assessment'>;
        const key = vendor.toLowerCase();
        const day = record.observed_at.slice(0, 10);
        if (day > until) return;
        ctx.slots.forEach((slot, i) => {
          if (day >= slot.window_start && !before[i]) before[i] = new Map(last);
          if (day >= slot.window_start && day <= slot.window_end) {
            const assessed = inWindow[i] as Map<string, string>;
            if (!assessed.has(key)) assessed.set(key, record.id);
          }
        });
        if (!names.has(key)) names.set(key, vendor);
        last.set(key, day);
      },
      finish() {
        const units = ctx.slots.map(judge);
        return {
          units,
          details: { vendors: [...(required ?? names).values()], not_assessed: notAssessed },
        };
      },
    };
  },
};
