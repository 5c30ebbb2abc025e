import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { boolParam } from '../params.ts';
import { defineSystemSlotTest } from './define-system-slot-test.ts';
import { nameList } from './name-list.ts';

/**
 * `access-control` (monthly): each month holds an `access_control` snapshot of every system (`systems`,
 * else every system seen in the run) in which no enabled account is shared (unless `allow_shared`) and
 * every enabled account uses MFA (unless `require_mfa: false`); `mfa: null` (the system cannot tell)
 * fails as "MFA unknown". Disabled accounts cannot log in and are ignored.
 */
export const accessControl = defineSystemSlotTest({
  id: 'access-control',
  absent: 'no snapshot',
  systemOf: (record) => (record.data as Payload<'access_control'>).system,
  check(record, ctx) {
    const snapshot = record.data as Payload<'access_control'>;
    const allowShared = boolParam(ctx.params, 'allow_shared', false);
    const requireMfa = boolParam(ctx.params, 'require_mfa', true);
    const shared: string[] = [];
    const noMfa: string[] = [];
    const unknown: string[] = [];
    for (const a of snapshot.accounts) {
      if (a.disabled) continue;
      if (a.shared && !allowShared) shared.push(a.user);
      if (requireMfa && a.mfa === false) noMfa.push(a.user);
      if (requireMfa && a.mfa === null) unknown.push(a.user);
    }
    const problems = [
      shared.length ? `shared accounts: ${nameList(shared)}` : '',
      noMfa.length ? `no MFA: ${nameList(noMfa)}` : '',
      unknown.length ? `MFA unknown: ${nameList(unknown)}` : '',
    ].filter(Boolean);
    return problems.length ? `${snapshot.system}: ${problems.join('; ')}` : null;
  },
});
