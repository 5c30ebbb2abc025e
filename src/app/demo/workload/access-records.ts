import { mix32 } from './pseudo-random.ts';
import { int } from './random-streams.ts';
import { activeOn, type Person } from './staff.ts';
import type { WorkloadContext } from './workload-context.ts';
import type { Envelope } from './workload-types.ts';

export const SYSTEMS = ['okta', 'github', 'aws', 'postgres-prod', 'salesforce'] as const;
export type System = (typeof SYSTEMS)[number];

export function hasAccount(p: Person, system: System): boolean {
  const h = mix32(p.index ^ 0x2545f491);
  switch (system) {
    case 'okta':
      return true;
    case 'github':
      return p.engineer || p.department === 'Product';
    case 'aws':
      return p.engineer && h % 10 < 6;
    case 'postgres-prod':
      return p.engineer && (p.index < 4 || h % 20 === 0);
    case 'salesforce':
      return ['Sales', 'Customer Success', 'Marketing'].includes(p.department);
  }
}

export const systemsOf = (p: Person): System[] => SYSTEMS.filter((s) => hasAccount(p, s));

function rolesOf(p: Person, system: System): { roles: string[]; privileged: boolean } {
  const admin = p.index < 2 || mix32(p.index ^ 0x68e31da4) % 40 === 0;
  switch (system) {
    case 'okta':
      return { roles: admin && p.index < 2 ? ['super-admin'] : ['user'], privileged: admin && p.index < 2 };
    case 'github':
      return { roles: admin ? ['owner'] : ['member'], privileged: admin };
    case 'aws':
      return { roles: admin ? ['AdministratorAccess'] : ['PowerUserAccess'], privileged: admin };
    case 'postgres-prod':
      return { roles: admin ? ['rds_superuser'] : ['app_readonly'], privileged: admin };
    case 'salesforce':
      return { roles: admin ? ['System Administrator'] : ['Standard User'], privileged: admin };
  }
}

/** The accounts of `system` on `day`: everyone with access, leavers of the last 30 days disabled. */
export function accessControl(ctx: WorkloadContext, system: System, day: number, seconds: number): Envelope {
  const accounts = ctx.staff
    .filter((p) => p.start <= day && hasAccount(p, system) && (p.end === undefined || p.end >= day - 30))
    .map((p) => ({
      user: p.email,
      ...rolesOf(p, system),
      shared: false,
      mfa: true,
      ...(p.end !== undefined && p.end < day ? { disabled: true } : {}),
    }));
  return {
    type: 'access_control',
    source: `collector:${system}`,
    subject: system,
    observed_at: ctx.cal.at(day, seconds),
    data: { system, accounts },
  };
}

/** A review of every active account of `system`, completed on `day`; about 1.5% revoked or modified. */
export function accessReview(ctx: WorkloadContext, system: System, day: number): Envelope {
  const { at } = ctx.cal;
  const completedAt = at(day, 15 * 3600);
  const entries = ctx.staff
    .filter((p) => activeOn(p, day) && hasAccount(p, system))
    .map((p) => {
      const r = ctx.snapshots();
      const decision = r < 0.01 ? 'revoke' : r < 0.015 ? 'modify' : 'keep';
      const { roles } = rolesOf(p, system);
      return {
        user: p.email,
        access: roles.join(', '),
        decision,
        ...(decision === 'keep' ? {} : { remediated_at: at(day + 1 + int(ctx.snapshots, 7), 11 * 3600) }),
      };
    });
  return {
    type: 'access_review',
    source: 'grc:access-reviews',
    subject: system,
    observed_at: completedAt,
    data: { system, reviewer: `security-lead@${ctx.domain}`, completed_at: completedAt, entries },
  };
}
