import { Client, type Entry, ResultCodeError } from 'ldapts';
import { EvidentError } from '../../core/errors.ts';
import { redact } from '../kit/index.ts';
import type { LdapConfig } from './config.ts';
import type { RawDirectory, RawEntry } from './map.ts';

/** The subject of the evidence: the server and the subtree read, as an LDAP URL (RFC 4516) without credentials. */
export function subjectOf(config: LdapConfig): string {
  const url = new URL(config.url);
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  const port = url.port || (scheme === 'ldaps' ? '636' : '389');
  return `${scheme}://${url.hostname}:${port}/${config.base_dn}`;
}

/** Operational attributes read besides the mapped ones (they decide `disabled` and the default start date). */
const OPERATIONAL = ['createTimestamp', 'pwdAccountLockedTime', 'shadowExpire'];
const GROUP_ATTRIBUTES = ['cn', 'member', 'uniqueMember', 'memberUid'];

function userAttributes(config: LdapConfig): string[] {
  const a = config.attributes;
  const named = [a.user, a.person, a.email, a.start_date, a.end_date, a.department, a.title];
  const matched = [a.shared, a.mfa, a.disabled].map((m) => m?.attribute);
  const all = [...named, ...matched, ...OPERATIONAL].filter((x): x is string => Boolean(x));
  return [...new Map(all.map((x) => [x.toLowerCase(), x])).values()];
}

const toRaw = (entry: Entry): RawEntry => {
  const raw: RawEntry = { dn: entry.dn };
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'dn') continue;
    raw[key] = Array.isArray(value) ? value.map((v) => v.toString()) : value.toString();
  }
  return raw;
};

/** Rejects as soon as the run is aborted, so a hung server cannot hold the collector past its timeout. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function explain(step: string, config: LdapConfig, where: string, error: unknown): string {
  if (error instanceof ResultCodeError) {
    if (error.code === 49)
      return `LDAP bind as "${config.bind_dn}" to ${where} was refused: invalid credentials (result 49); check bind_dn and the secret ${config.password}`;
    if (error.code === 32) return `LDAP ${step} on ${where}: no such entry (result 32); check the base DN`;
    return `LDAP ${step} on ${where} failed: ${error.message} (result ${error.code})`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string') return `cannot reach the LDAP server at ${where}: ${code} (${message})`;
  return `LDAP ${step} on ${where} failed: ${message}`;
}

/**
 * Binds with the configured DN and reads users and groups (paged, RFC 2696) in one session. The
 * snapshot time is taken after the bind, just before the reads.
 */
export async function readDirectory(
  config: LdapConfig,
  password: string,
  signal: AbortSignal,
  now: () => Date,
): Promise<RawDirectory> {
  const subject = subjectOf(config);
  const where = subject.slice(0, subject.indexOf('/', subject.indexOf('//') + 2));
  const ms = config.timeout_seconds * 1000;
  const client = new Client({ url: config.url, timeout: ms, connectTimeout: ms });
  let step = 'bind';
  try {
    await abortable(client.bind(config.bind_dn, password), signal);
    const observed_at = now().toISOString();
    step = 'user search';
    const users = await abortable(
      client.search(config.user_base_dn ?? config.base_dn, {
        scope: 'sub',
        filter: config.user_filter,
        attributes: userAttributes(config),
        paged: { pageSize: 500 },
      }),
      signal,
    );
    step = 'group search';
    const groups = await abortable(
      client.search(config.group_base_dn ?? config.base_dn, {
        scope: 'sub',
        filter: config.group_filter,
        attributes: GROUP_ATTRIBUTES,
        paged: { pageSize: 500 },
      }),
      signal,
    );
    return {
      subject,
      observed_at,
      users: users.searchEntries.map(toRaw),
      groups: groups.searchEntries.map(toRaw),
    };
  } catch (error) {
    if (signal.aborted)
      throw new EvidentError('io', `LDAP ${step} on ${where} was aborted`, { cause: error });
    throw new EvidentError('io', redact(explain(step, config, where, error), [password]), { cause: error });
  } finally {
    // After an abort the server may be hung: close without waiting for it.
    const closing = client.unbind().catch(() => {});
    if (!signal.aborted) await closing;
  }
}
