import { z } from 'zod';
import { SECRET_REF } from '../kit/index.ts';

/** A postgres:// or postgresql:// connection URL, as node-postgres and libpq read it. */
export const POSTGRES_URL = /^postgres(ql)?:\/\//i;

const INLINE_PASSWORD =
  'url holds a password: put the postgres:// URL in a secret and give its reference (env:NAME or file:path), never the URL itself';

/**
 * Whether a postgres:// URL carries a password, in its user-info part or as a `password` parameter.
 * Text that cannot be parsed as a URL counts as carrying one when it mentions `password` at all, so a
 * malformed URL is never let through with a password in it.
 */
export function hasInlinePassword(value: string): boolean {
  try {
    const url = new URL(value);
    return url.password !== '' || [...url.searchParams.keys()].some((k) => /password/i.test(k));
  } catch {
    return /password|:[^/@]*@/i.test(value);
  }
}

/**
 * `url`: a secret reference (`env:NAME`, `file:path`) whose value is a postgres:// URL, or a postgres://
 * URL without a password (for peer, certificate or ~/.pgpass authentication). A URL with a password is
 * refused; the message never repeats the value.
 */
export const UrlOptionSchema = z.string().superRefine((value, ctx) => {
  if (SECRET_REF.test(value)) return;
  if (POSTGRES_URL.test(value) && !hasInlinePassword(value)) return;
  const message =
    POSTGRES_URL.test(value) || /password/i.test(value)
      ? INLINE_PASSWORD
      : 'expected a secret reference (env:NAME or file:path) holding a postgres:// URL';
  ctx.addIssue({ code: 'custom', message });
});

/**
 * Predefined roles that read or write every table or reach the server's files and programs, and the
 * "superuser" roles of managed services (Amazon RDS, Google Cloud SQL, Azure), which cannot be real
 * superusers there. https://www.postgresql.org/docs/current/predefined-roles.html
 */
export const DEFAULT_ADMIN_ROLES = [
  'pg_read_all_data',
  'pg_write_all_data',
  'pg_read_server_files',
  'pg_write_server_files',
  'pg_execute_server_program',
  'rds_superuser',
  'cloudsqlsuperuser',
  'azure_pg_admin',
] as const;

/** What the operator declares about the disk under the data directory, which PostgreSQL cannot see. */
export const AtRestSchema = z
  .strictObject({ encrypted: z.boolean(), algorithm: z.string().min(1).nullable().default(null) })
  .refine((a) => a.encrypted || a.algorithm === null, {
    message: 'an algorithm is given only when encrypted is true',
    path: ['algorithm'],
  });

export const PostgresConfigSchema = z.strictObject({
  url: UrlOptionSchema,
  /** The `system` of the access_control snapshot; default: the database name. */
  system: z.string().min(1).optional(),
  /** Roles whose members (direct or through other roles) are privileged. */
  admin_roles: z.array(z.string().min(1)).default([...DEFAULT_ADMIN_ROLES]),
  /** Login roles that several people use (an application role, a shared DBA login). */
  shared_accounts: z.array(z.string().min(1)).default([]),
  at_rest: AtRestSchema.optional(),
});

export type PostgresConfig = z.output<typeof PostgresConfigSchema>;
