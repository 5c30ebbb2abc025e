import { z } from 'zod';
import { EvidentError } from '../../core/errors.ts';
import type { CollectedItem } from '../kit/index.ts';
import type { PostgresConfig } from './config.ts';

/** What client.ts reads from the server; fixtures/ holds real ones. Never a password or its hash. */
export const RawSnapshotSchema = z.strictObject({
  /** host:port of the server as the connection addressed it. */
  endpoint: z.string().min(1),
  database: z.string().min(1),
  current_user: z.string().min(1),
  server_version_num: z.string(),
  roles: z.array(
    z.strictObject({
      name: z.string().min(1),
      superuser: z.boolean(),
      createrole: z.boolean(),
      createdb: z.boolean(),
      bypassrls: z.boolean(),
      replication: z.boolean(),
      can_login: z.boolean(),
    }),
  ),
  /** One row per (role, member), whichever grantor granted it. */
  memberships: z.array(
    z.strictObject({ role: z.string().min(1), member: z.string().min(1), admin_option: z.boolean() }),
  ),
  /** Per role, whether pg_authid holds a password; null when the reading role may not read pg_authid. */
  passwords: z.array(z.strictObject({ name: z.string().min(1), password_set: z.boolean() })).nullable(),
  settings: z.strictObject({
    ssl: z.string().nullable(),
    ssl_min_protocol_version: z.string().nullable(),
    data_checksums: z.string().nullable(),
  }),
  /** The TLS state of the collector's own connection (pg_stat_ssl), null when the row is not visible. */
  connection_ssl: z
    .strictObject({ ssl: z.boolean(), version: z.string().nullable(), cipher: z.string().nullable() })
    .nullable(),
});
export type RawSnapshot = z.output<typeof RawSnapshotSchema>;

const codepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Roles a role can act as through membership, transitively. Since PostgreSQL 16 a grant can be made
 * without INHERIT and SET, but the grantee still holds the membership; counting every chain keeps the
 * "privileged" flag on the side of caution. Memberships cannot form cycles in PostgreSQL; the visited set
 * keeps a malformed snapshot from looping.
 */
function reachable(start: string, grants: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...(grants.get(start) ?? [])];
  while (queue.length) {
    const role = queue.pop() as string;
    if (seen.has(role)) continue;
    seen.add(role);
    queue.push(...(grants.get(role) ?? []));
  }
  return seen;
}

/**
 * Raw server output → an `access_control` snapshot of the login roles and a `storage_encryption`
 * snapshot of the database. Login roles are the accounts; roles without LOGIN appear only as the roles
 * of their members. A role is privileged when it, or a role it belongs to, is SUPERUSER, CREATEROLE,
 * BYPASSRLS or REPLICATION (a replication connection can copy every table) or is one of `admin_roles`.
 */
export function mapSnapshot(raw: unknown, config: PostgresConfig, observedAt: string): CollectedItem[] {
  const parsed = RawSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvidentError(
      'bad_input',
      `postgres snapshot: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const snap = parsed.data;
  const subject = `${snap.endpoint}/${snap.database}`;
  const admin = new Set(config.admin_roles);
  const shared = new Set(config.shared_accounts);
  const byName = new Map(snap.roles.map((r) => [r.name, r]));
  const elevated = (name: string) => {
    const r = byName.get(name);
    return admin.has(name) || (!!r && (r.superuser || r.createrole || r.bypassrls || r.replication));
  };
  const grants = new Map<string, string[]>();
  for (const m of snap.memberships) grants.set(m.member, [...(grants.get(m.member) ?? []), m.role]);
  const passwords = snap.passwords && new Map(snap.passwords.map((p) => [p.name, p.password_set]));

  const accounts = snap.roles
    .filter((r) => r.can_login)
    .sort((a, b) => codepoint(a.name, b.name))
    .map((r) => {
      const roles = [...new Set(grants.get(r.name) ?? [])].sort(codepoint);
      const privileged = elevated(r.name) || [...reachable(r.name, grants)].some(elevated);
      const password = passwords?.get(r.name);
      return {
        user: r.name,
        roles,
        privileged,
        shared: shared.has(r.name),
        mfa: null,
        disabled: false,
        can_login: true,
        ...(password === undefined ? {} : { password_set: password }),
      };
    });

  const atRest = config.at_rest ?? { encrypted: false, algorithm: null };
  const file = {
    name: 'postgres-snapshot.json',
    bytes: new TextEncoder().encode(`${JSON.stringify(snap, null, 2)}\n`),
    media_type: 'application/json',
  };
  return [
    {
      draft: {
        type: 'access_control',
        subject,
        observed_at: observedAt,
        data: { system: config.system ?? snap.database, accounts },
      },
      files: [file],
    },
    {
      draft: {
        type: 'storage_encryption',
        subject,
        observed_at: observedAt,
        data: {
          stores: [
            {
              name: snap.database,
              kind: 'postgres',
              encrypted: atRest.encrypted,
              algorithm: atRest.algorithm,
            },
          ],
        },
      },
      files: [file],
    },
  ];
}
