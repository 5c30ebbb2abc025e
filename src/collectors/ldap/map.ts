import type { Payload } from '../../core/evidence/payload-schemas.ts';
import type { CollectedItem } from '../kit/index.ts';
import type { AttributeMatch, LdapConfig } from './config.ts';

/** One entry as ldapts returns it: its DN and the requested attributes (string or list of strings). */
export type RawEntry = { dn: string; [attribute: string]: string | string[] };

/** What the client read: the snapshot the evidence is mapped from (kept as `fixtures/directory.json`). */
export type RawDirectory = {
  subject: string;
  observed_at: string;
  users: RawEntry[];
  groups: RawEntry[];
};

type Person = Payload<'personnel'>['people'][number];
type Account = Payload<'access_control'>['accounts'][number];

/** The value slapd's ppolicy overlay writes for an administrative (permanent) lock (slapo-ppolicy(5)). */
const PERMANENT_LOCK = '000001010000Z';
const DAY_MS = 86_400_000;

/** Values of an attribute; LDAP attribute names are case-insensitive (RFC 4512 §2.5). */
export function valuesOf(entry: RawEntry, attribute: string): string[] {
  const wanted = attribute.toLowerCase();
  if (wanted === 'dn') return [];
  for (const [key, value] of Object.entries(entry)) {
    if (key.toLowerCase() !== wanted) continue;
    const list = Array.isArray(value) ? value : [value];
    return list.filter((v): v is string => typeof v === 'string' && v.length > 0);
  }
  return [];
}

const firstOf = (entry: RawEntry, attribute: string): string | undefined => valuesOf(entry, attribute)[0];

/**
 * A DN in a comparable form: RDNs split on unescaped commas, spaces around `,` `=` `+` dropped and
 * everything lower-cased (the attributes naming users and groups, uid and cn, match case-insensitively).
 */
export function normalizeDn(dn: string): string {
  const rdns: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i] as string;
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[++i];
    } else if (c === ',' || c === ';') {
      rdns.push(current);
      current = '';
    } else current += c;
  }
  rdns.push(current);
  return rdns
    .map((rdn) =>
      rdn
        .split('+')
        .map((ava) => {
          const eq = ava.indexOf('=');
          return eq < 0 ? ava.trim() : `${ava.slice(0, eq).trim()}=${ava.slice(eq + 1).trim()}`;
        })
        .join('+'),
    )
    .join(',')
    .toLowerCase();
}

/** The value of a DN's first RDN (`cn=admins,ou=groups,…` → `admins`). */
export function rdnValue(dn: string): string {
  const first = normalizeDn(dn).split(',')[0] ?? '';
  const eq = first.indexOf('=');
  return eq < 0 ? first : first.slice(eq + 1);
}

const toDay = (ms: number): string | undefined => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1000 || d.getUTCFullYear() > 9999
    ? undefined
    : d.toISOString().slice(0, 10);
};

const GENERALIZED_TIME =
  /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}(?:\d{2})?)?$/;

/**
 * A calendar date (UTC) from a directory value: days since 1970-01-01 as in `shadowExpire`
 * (shadow(5); 0 and negative values mean "never"), `YYYY-MM-DD`, an ISO 8601 date-time, or an LDAP
 * GeneralizedTime (RFC 4517 §3.3.13, e.g. `createTimestamp` 20240115093000Z). Undefined otherwise.
 */
export function parseDirectoryDate(value: string): string | undefined {
  const v = value.trim();
  if (/^-?\d{1,6}$/.test(v)) {
    const days = Number(v);
    return days > 0 ? toDay(days * DAY_MS) : undefined;
  }
  const g = GENERALIZED_TIME.exec(v);
  if (g) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = g;
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3, 5) || '00'}`;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
    const ms = Date.parse(iso);
    // Date.parse rolls 2024-02-30 over to March: accept only dates that exist.
    const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (local.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` || Number(h) > 23) return undefined;
    return toDay(ms);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const day = toDay(Date.parse(`${v}T00:00:00Z`));
    return day === v ? day : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v)) return toDay(Date.parse(v));
  return undefined;
}

const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/** See AttributeMatchSchema: listed values, else "present and not false". */
export function matches(entry: RawEntry, match: AttributeMatch): boolean {
  const found = valuesOf(entry, match.attribute).map((v) => v.trim().toLowerCase());
  if (match.values) {
    const wanted = new Set(match.values.map((v) => v.toLowerCase()));
    return found.some((v) => wanted.has(v));
  }
  return found.some((v) => !FALSE_WORDS.has(v));
}

/** The group's name: its cn, else the value of its RDN. */
const groupName = (group: RawEntry): string => firstOf(group, 'cn') ?? rdnValue(group.dn);

/** A uniqueMember value may end in an optional uid bit string (`#'0101'B`, RFC 4517 §3.3.21). */
const memberDn = (value: string) => normalizeDn(value.replace(/#'[01]*'B$/, ''));

type Group = { name: string; dn: string; memberDns: Set<string>; memberUids: Set<string> };

const groupsOf = (groups: RawEntry[]): Group[] =>
  groups.map((g) => ({
    name: groupName(g),
    dn: normalizeDn(g.dn),
    memberDns: new Set([...valuesOf(g, 'member'), ...valuesOf(g, 'uniqueMember')].map(memberDn)),
    memberUids: new Set(valuesOf(g, 'memberUid').map((u) => u.toLowerCase())),
  }));

/** A listed group matches by cn (case-insensitive) or, when the listing holds a `=`, by full DN. */
const inListed = (listed: readonly string[], groups: Group[]): boolean => {
  const names = new Set(listed.map((l) => (l.includes('=') ? normalizeDn(l) : l.toLowerCase())));
  return groups.some((g) => names.has(g.name.toLowerCase()) || names.has(g.dn));
};

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

export type MapResult = { items: CollectedItem[]; notes: string[] };

/**
 * Maps a directory snapshot to a `personnel` roster and an `access_control` snapshot.
 * Disabled when any of: member of a `disabled_groups` group; `pwdAccountLockedTime` is the ppolicy
 * permanent lock; `shadowExpire` is on or before the snapshot's day; the `attributes.disabled` match.
 * Shared accounts and entries without an email address or a start date are left out of the roster.
 */
export function mapDirectory(raw: RawDirectory, config: LdapConfig): MapResult {
  const a = config.attributes;
  const today = raw.observed_at.slice(0, 10);
  const groups = groupsOf(raw.groups);
  const sharedIds = new Set(config.shared_accounts.map((s) => s.toLowerCase()));
  const notes: string[] = [];
  const people: Person[] = [];
  const accounts: Account[] = [];

  for (const entry of raw.users) {
    const user = firstOf(entry, a.user) ?? rdnValue(entry.dn);
    if (!user) {
      notes.push(`${entry.dn}: no ${a.user} and no RDN value, left out`);
      continue;
    }
    const dn = normalizeDn(entry.dn);
    const mine = groups.filter((g) => g.memberDns.has(dn) || g.memberUids.has(user.toLowerCase()));
    const roles = [...new Set(mine.map((g) => g.name))].sort();
    const shared = sharedIds.has(user.toLowerCase()) || (a.shared ? matches(entry, a.shared) : false);
    const shadowExpire = firstOf(entry, 'shadowExpire');
    const expiredOn = shadowExpire === undefined ? undefined : parseDirectoryDate(shadowExpire);
    const disabled =
      inListed(config.disabled_groups, mine) ||
      valuesOf(entry, 'pwdAccountLockedTime').includes(PERMANENT_LOCK) ||
      (expiredOn !== undefined && expiredOn <= today) ||
      (a.disabled ? matches(entry, a.disabled) : false);
    accounts.push({
      user,
      roles,
      privileged: inListed(config.privileged_groups, mine),
      shared,
      mfa: a.mfa ? matches(entry, a.mfa) : null,
      disabled,
    });

    if (shared) continue;
    const email = firstOf(entry, a.email);
    if (!email) {
      notes.push(`${user}: no ${a.email}, left out of the personnel roster`);
      continue;
    }
    const configured = a.start_date ? firstOf(entry, a.start_date) : undefined;
    const created = firstOf(entry, 'createTimestamp');
    const start_date =
      (configured && parseDirectoryDate(configured)) || (created && parseDirectoryDate(created)) || undefined;
    if (!start_date) {
      notes.push(
        `${user}: no readable start date (${a.start_date ?? 'createTimestamp'}), left out of the roster`,
      );
      continue;
    }
    const ended = firstOf(entry, a.end_date);
    const end_date = ended === undefined ? undefined : parseDirectoryDate(ended);
    const department = firstOf(entry, a.department);
    const title = firstOf(entry, a.title);
    people.push({
      person: firstOf(entry, a.person) ?? user,
      email,
      start_date,
      ...(end_date ? { end_date } : {}),
      ...(department ? { department } : {}),
      ...(title ? { title } : {}),
    });
  }

  accounts.sort(byKey((x) => `${x.user}\u0000${x.roles.join(',')}`));
  people.sort(byKey((p) => `${p.person}\u0000${p.email}`));
  const at = { subject: raw.subject, observed_at: raw.observed_at };
  // The entries read are kept as the artifact both records came from (no password attribute is read).
  const files = [
    {
      name: 'ldap-directory.json',
      bytes: new TextEncoder().encode(JSON.stringify(raw, null, 2)),
      media_type: 'application/json',
    },
  ];
  return {
    items: [
      { draft: { type: 'personnel', ...at, data: { people } }, files },
      { draft: { type: 'access_control', ...at, data: { system: config.system, accounts } }, files },
    ],
    notes,
  };
}
