import type { Params } from '../../core/control.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { instantDate } from '../instant.ts';
import { listParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { defineSummarySlotTest } from './define-summary-slot-test.ts';
import { nameList } from './name-list.ts';

/** Policies are matched without case and surrounding spaces. */
const keyOf = (policy: string) => policy.trim().toLowerCase();

/** The `policies` parameter; an empty list means the default (every policy seen). */
const listedPolicies = (params: Params): string[] | undefined => {
  const listed = listParam(params, 'policies');
  return listed?.length ? listed : undefined;
};

/** A slot's reviews: policy key → the id of a review approved inside the window. */
type Reviews = Map<string, string>;

/**
 * `policy-review` (a slot test at the control's frequency, annual by default): each policy (param
 * `policies`; by default every policy named by a `policy_review` anywhere in the run) has a
 * `policy_review` observed in the slot's window whose `approved_at` also lies in the window. Reviews are
 * folded into a per-slot set and judged at finish, once every policy is known. The reason names the
 * policies not reviewed (in the order of `policies`, else alphabetical). With `policies`, reviews of
 * other policies are ignored entirely (a window with only those is `missing`).
 */
export const policyReview = acceptOnly(
  defineSummarySlotTest<Reviews>({
    id: 'policy-review',
    start(ctx) {
      const names = new Map<string, string>();
      for (const p of listedPolicies(ctx.params) ?? []) if (!names.has(keyOf(p))) names.set(keyOf(p), p);
      const listed = names.size > 0;
      return {
        empty: () => new Map(),
        observe(record) {
          const { policy } = record.data as Payload<'policy_review'>;
          if (!listed && !names.has(keyOf(policy))) names.set(keyOf(policy), policy);
        },
        fold(reviews, record, slot) {
          const review = record.data as Payload<'policy_review'>;
          const day = instantDate(review.approved_at);
          if (day < slot.window_start || day > slot.window_end) return;
          if (!reviews.has(keyOf(review.policy))) reviews.set(keyOf(review.policy), record.id);
        },
        judge(reviews) {
          const all = listed ? [...names] : [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          const missing = all.filter(([key]) => !reviews.has(key)).map(([, name]) => name);
          const evidence = [...reviews.values()];
          if (!missing.length) return { ok: true, evidence };
          return { ok: false, reason: `not reviewed: ${nameList(missing)}` };
        },
        details: () => ({ policies: listed ? [...names.values()] : [...names.values()].sort() }),
      };
    },
  }),
  (record, ctx) => {
    if (record.type !== 'policy_review') return false;
    const listed = listedPolicies(ctx.params);
    return (
      !listed || listed.some((p) => keyOf(p) === keyOf((record.data as Payload<'policy_review'>).policy))
    );
  },
);
