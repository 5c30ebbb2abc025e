import pg from 'pg';
import { EvidentError } from '../../core/errors.ts';
import { redact } from '../kit/index.ts';
import type { RawSnapshot } from './map.ts';

/** Long enough for a distant server, short enough that a dead one does not hold a run. */
const CONNECT_TIMEOUT_MS = 30_000;
const QUERY_TIMEOUT_MS = 60_000;

/** The URL itself and its password, raw and percent-decoded: what must never reach a message. */
export function secretsOf(url: string): string[] {
  const secrets = [url];
  try {
    const password = new URL(url).password;
    if (password) secrets.push(password, decodeURIComponent(password));
  } catch {}
  return secrets;
}

const ROLES = `
  SELECT rolname AS name, rolsuper AS superuser, rolcreaterole AS createrole, rolcreatedb AS createdb,
         rolbypassrls AS bypassrls, rolreplication AS replication, rolcanlogin AS can_login
  FROM pg_catalog.pg_roles ORDER BY rolname`;
// Since PostgreSQL 16 a role can be granted to a member once per grantor: one row per pair.
const MEMBERSHIPS = `
  SELECT r.rolname AS role, m.rolname AS member, bool_or(a.admin_option) AS admin_option
  FROM pg_catalog.pg_auth_members a
  JOIN pg_catalog.pg_roles r ON r.oid = a.roleid
  JOIN pg_catalog.pg_roles m ON m.oid = a.member
  GROUP BY r.rolname, m.rolname ORDER BY r.rolname, m.rolname`;
// pg_roles masks rolpassword for everyone; pg_authid tells, but only superusers may read it. Only the
// fact that a password is set is selected, never the hash.
const PASSWORDS = `
  SELECT rolname AS name, rolpassword IS NOT NULL AS password_set
  FROM pg_catalog.pg_authid ORDER BY rolname`;
const SERVER = `
  SELECT current_database() AS database, current_user AS current_user,
         current_setting('server_version_num') AS server_version_num,
         current_setting('ssl', true) AS ssl,
         current_setting('ssl_min_protocol_version', true) AS ssl_min_protocol_version,
         current_setting('data_checksums', true) AS data_checksums,
         has_table_privilege('pg_catalog.pg_authid', 'SELECT') AS can_read_authid`;
const CONNECTION_SSL = 'SELECT ssl, version, cipher FROM pg_catalog.pg_stat_ssl WHERE pid = pg_backend_pid()';

/**
 * Reads roles, memberships and encryption-related settings in one read-only transaction. Every error
 * becomes an EvidentError('io') naming the server, with the URL and its password redacted; the
 * underlying error is not attached, so nothing holding the URL travels further.
 */
export async function readSnapshot(
  url: string,
  signal: AbortSignal,
  log: (message: string) => void,
): Promise<RawSnapshot> {
  const secrets = secretsOf(url);
  let client: pg.Client;
  try {
    client = new pg.Client({
      connectionString: url,
      application_name: 'evident',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
    });
  } catch {
    throw new EvidentError('bad_config', 'postgres: the url is not a connection URL node-postgres can read');
  }
  const endpoint = `${client.host}:${client.port}`;
  const where = `postgres ${endpoint}/${client.database ?? ''}`;
  const fail = (step: string, error: unknown) => {
    if (signal.aborted) return new EvidentError('io', `${where}: ${step}: cancelled (${reasonOf(signal)})`);
    const e = error as { message?: string; code?: string };
    const code = e?.code ? ` (${e.code})` : '';
    return new EvidentError(
      'io',
      redact(`${where}: ${step}: ${e?.message ?? String(error)}${code}`, secrets),
    );
  };
  // node-postgres takes no AbortSignal, and end() waits for the server to close a connection that is
  // still starting up: destroying the socket fails whatever is in flight at once.
  const onAbort = () => client.connection.stream.destroy();
  if (signal.aborted) throw fail('connect', undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  client.on('error', () => {}); // a dropped connection also rejects the pending query, reported there
  try {
    try {
      await client.connect();
    } catch (error) {
      throw fail('could not connect', error);
    }
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const server = (await client.query(SERVER)).rows[0];
      const roles = (await client.query(ROLES)).rows;
      const memberships = (await client.query(MEMBERSHIPS)).rows;
      const passwords = server.can_read_authid ? (await client.query(PASSWORDS)).rows : null;
      const ssl = (await client.query(CONNECTION_SSL)).rows[0];
      await client.query('COMMIT');
      if (!passwords)
        log(`${where}: ${server.current_user} may not read pg_authid, so password_set is left out`);
      return {
        endpoint,
        database: server.database,
        current_user: server.current_user,
        server_version_num: server.server_version_num,
        roles,
        memberships,
        passwords,
        settings: {
          ssl: server.ssl,
          ssl_min_protocol_version: server.ssl_min_protocol_version,
          data_checksums: server.data_checksums,
        },
        connection_ssl: ssl ? { ssl: ssl.ssl, version: ssl.version, cipher: ssl.cipher } : null,
      };
    } catch (error) {
      throw fail('reading roles and settings failed', error);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (signal.aborted) onAbort();
    else await client.end().catch(() => {});
  }
}

const reasonOf = (signal: AbortSignal) => {
  const r = signal.reason as { message?: string } | undefined;
  return r?.message ?? String(r ?? 'aborted');
};
