/**
 * A programme year of evidence for a software company, as JSON Lines, for the `evaluate` benchmark.
 * Streams to the file (only the day being written and a few small schedules are held), deterministic
 * for a seed, and every line passes `validateDraft`. Lines are written day by day, so they are nearly
 * but not strictly in `observed_at` order (the import does not need any order).
 *
 * The mix, for `people` N (default 1,000, period 2026-01-01..2026-12-31); counts are at the default:
 *
 * - 2N services (2,000): the microservices, workers, scheduled jobs and functions of a ~400-engineer
 *   organisation, each in its own repository. Per-service config collectors (cloud config, the monitoring
 *   tool's API) export one `storage_encryption` and one `alert_rules` snapshot per service per day:
 *   730,000 of each, the bulk of the volume.
 * - `change`: merged pull requests. 0.4N engineers (400) merge ~1.5 a working day (few at weekends), and
 *   a dependency-update bot opens ~4 a week per repository, each merged after CI and a code owner's
 *   approval: ~570,000 a year. About 0.05% of people's merges are approved only by their author and 0.02%
 *   merged with failing CI (an emergency), so change-approval has a realistic handful of exceptions.
 * - `vulnerability_scan`: one scan every Monday of max(4, N/50) clusters (20), listing 50N findings
 *   (50,000) each: 51 in the period (one week is missed) plus one the Monday before it, so findings
 *   older than the period are history, not new: 52 records. Each week the findings due are fixed
 *   (critical in 1–2 weeks, high in 1–4, medium and low over months) and as many new ones appear; ~2%
 *   of new critical and high findings stay open past their SLA.
 * - One fleet-wide `tls_scan` a day of max(5, N/20) public endpoints (50). Not per service on purpose:
 *   the encryption-in-transit test passes a day when any scan of the day passes (as designed for one
 *   daily snapshot), so per-service scans would hide an expired certificate (see the masked problem below).
 * - `uptime_summary`: one per customer-facing target per day, max(3, N/50) targets (20 × 365 = 7,300).
 * - Monthly: `personnel` roster (all staff and this year's leavers), `access_control` and `access_review`
 *   of 5 systems (okta, github, aws, postgres-prod, salesforce) with one entry per account.
 * - Weekly `capacity_check`, quarterly `data_inventory`, annual `pentest`, two `ir_test`s, one `dr_test`.
 * - People: 12% of staff leave during the year (an `offboarding` each) and 13% join. `training_record`s:
 *   annual security awareness for ~98.5%, quarterly phishing refreshers, secure coding for engineers,
 *   privacy for customer-facing staff (~5.7 per person).
 * - N/8 vendors (125; the first two are the programme's own "Cloud provider" and "Identity provider"),
 *   one `vendor_assessment` each; 15 `policy_review`s; N/25 `incident`s (40), each exported again when
 *   resolved and, for critical and high, once more when the postmortem is linked.
 * - `document`s for every document-kind control of catalog/controls.yaml at its frequency (monthly,
 *   quarterly, annual), per-person ones (code of conduct acknowledgements, performance reviews) and
 *   event ones at per-person rates (access requests, disposal certificates, design reviews, …; background
 *   checks and confidentiality agreements per joiner).
 *
 * About 2,055 records per person: 2,054,854 at the default, a 1.19 GB file, written in ~45 s. Planted
 * problems (in `planted` of the stats): a missed scan week, a late access review, an incident without a
 * postmortem, an expired certificate for a week, a slow offboarding, overdue findings, and one *masked*
 * problem: a service's bucket unencrypted for three days in its own snapshot, which the
 * any-snapshot-passes rule of encryption-at-rest hides.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { isoWeekLabel } from '../src/engine/slots.ts';
import { mix32, pseudoHex, pseudoRandom } from './pseudo-random.ts';

export const DEFAULT_PEOPLE = 1000;
export const DEFAULT_PERIOD = { start: '2026-01-01', end: '2026-12-31' } as const;
export const DEFAULT_SEED = 2026;
/** Records per person at the default mix (measured at 1,000 people), to size a workload by records. */
export const RECORDS_PER_PERSON = 2055;

export type WorkloadOptions = {
  people?: number;
  period?: { start: string; end: string };
  seed?: number;
  onProgress?: (records: number) => void;
};

/** A problem the generator put in on purpose, and how the evaluation should show it. */
export type PlantedProblem = {
  control: string;
  /** `exception`: the control should report it; `masked`: the control's rule hides it (see above). */
  expect: 'exception' | 'masked';
  /** Text in an exception's slot label or reason that identifies it; absent when any exception will do. */
  match?: string;
  what: string;
};

export type WorkloadStats = {
  records: number;
  bytes: number;
  types: Record<string, number>;
  people: number;
  services: number;
  findingsPerScan: number;
  period: { start: string; end: string };
  seed: number;
  planted: PlantedProblem[];
};

type Envelope = { type: string; source: string; subject: string; observed_at: string; data: unknown };

const DAY_MS = 86_400_000;
const DOMAIN = 'example.com';
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const SYSTEMS = ['okta', 'github', 'aws', 'postgres-prod', 'salesforce'] as const;
type System = (typeof SYSTEMS)[number];

const FIRST = (
  'ada ben chloe dev elif felix grace hugo ines jamal kira liam maya noah olga pablo quinn rosa ' +
  'sami tara umar vera wen xavi yara zane anya bruno clara dario emma farid gina hana ivan jonas ' +
  'keiko lars mina nils'
).split(' ');
const LAST = (
  'abara berg costa dubois eriksen fischer garcia horvat ito jansen kowalski lopez moreau nakamura ' +
  'okafor petrov quist rossi silva tanaka ueda varga weber xu yilmaz zimmer adams brown chen diaz ' +
  'evans ford gupta hill iqbal jones khan lee meyer novak'
).split(' ');
/** Departments cycle by person index, so exactly 40% are engineers at any size (and the first four). */
const DEPARTMENTS = [
  ...['Engineering', 'Engineering', 'Engineering', 'Engineering', 'Sales', 'Sales', 'Customer Success'],
  ...['Marketing', 'Product', 'Finance & Operations'],
];
const TITLES: Record<string, readonly string[]> = {
  Engineering: [
    'Software Engineer',
    'Senior Software Engineer',
    'Site Reliability Engineer',
    'Staff Engineer',
  ],
  Sales: ['Account Executive', 'Sales Development Representative', 'Sales Engineer'],
  'Customer Success': ['Customer Success Manager', 'Support Engineer'],
  Marketing: ['Product Marketing Manager', 'Content Lead'],
  Product: ['Product Manager', 'Product Designer'],
  'Finance & Operations': ['Accountant', 'People Partner', 'Legal Counsel', 'IT Administrator'],
};
const DOMAINS_OF_WORK = (
  'billing auth search ingest notify report ledger media export catalog checkout profile audit ' +
  'pricing invoice webhook session tenant metrics mail calendar files comments feeds geo payments ' +
  'risk quota sync workflow'
).split(' ');
const COMPONENTS = (
  'api worker gateway scheduler indexer consumer store proxy cron stream admin backfill cache ' +
  'router renderer exporter importer fn bridge janitor'
).split(' ');
/** Package and installed minor version. */
const PACKAGES = (
  'openssl@3.0 glibc@2.36 zlib@1.2 curl@8.4 libxml2@2.10 busybox@1.36 ncurses@6.4 expat@2.5 ' +
  'sqlite@3.40 krb5@1.20 lodash@4.17 express@4.18 axios@1.6 jsonwebtoken@9.0 semver@7.5 ' +
  'urllib3@1.26 requests@2.31 jinja2@3.1 cryptography@41.0 pillow@10.0 golang.org/x/net@0.17 ' +
  'golang.org/x/crypto@0.14 google.golang.org/grpc@1.58 jackson-databind@2.15 netty-codec-http@4.1 ' +
  'log4j-core@2.20 spring-web@6.0 nginx@1.25 git@2.39 perl@5.36'
)
  .split(' ')
  .map((p) => p.split('@') as [string, string]);
const VERBS = 'Fix Add Refactor Remove Harden Document Upgrade Rename Test Simplify'.split(' ');
const AREAS = [
  'retry budget of the webhook handler',
  'session expiry for idle admins',
  'pagination of the audit log',
  'rate limits on the public API',
  'TLS settings of the internal load balancer',
  'nightly invoice export',
  'feature flag for the new onboarding flow',
  'dependency pins after an advisory',
  'tenant isolation checks',
  'metrics of the queue consumer',
  'error messages of the import form',
  'timeouts of outbound calls',
];
const VENDOR_A = (
  'Acme Blue Cobalt Delta Ember Fjord Granite Harbor Iris Juniper Kite Lumen Maple Nimbus Orbit ' +
  'Pioneer Quartz Raven Summit Tundra'
).split(' ');
const VENDOR_B = ['Analytics', 'Mail', 'Payments', 'CRM', 'Docs', 'Chat', 'Backup', 'Logs', 'HR', 'Signing'];
const POLICIES = [
  'Information Security Policy',
  'Acceptable Use Policy',
  'Access Control Policy',
  'Change Management Policy',
  'Incident Response Plan',
  'Business Continuity and Disaster Recovery Plan',
  'Data Classification and Handling Policy',
  'Vendor Management Policy',
  'Encryption Policy',
  'Secure Development Policy',
  'Logging and Monitoring Policy',
  'Asset Management Policy',
  'Data Retention Policy',
  'Privacy Policy',
  'Risk Management Policy',
];
const INCIDENT_TITLES = [
  'Elevated 5xx rate on checkout',
  'Delayed webhook deliveries',
  'Login failures for SSO users',
  'Search index lagging behind writes',
  'Suspicious login attempts on admin accounts',
  'Leaked API key in a public gist',
  'Phishing email reported by staff',
  'Database failover during peak traffic',
  'Misconfigured bucket policy',
];
/** Event documents per person a year, by `kind`; joiner-driven kinds are written per joiner instead. */
const EVENT_DOCUMENT_RATES: Record<string, number> = {
  access_request: 0.6,
  disposal_certificate: 0.25,
  security_design_review: 0.1,
  vendor_contract: 0.025,
  dsar_log: 0.05,
  breach_notification_record: 0.001,
};
const PER_JOINER_DOCUMENTS = new Set(['confidentiality_agreement', 'background_check']);
const PER_PERSON_ANNUAL_DOCUMENTS = new Set(['code_of_conduct_ack', 'performance_review']);

type Person = {
  index: number;
  handle: string;
  email: string;
  department: string;
  title: string;
  /** Day index of the start (negative: before the period). */
  start: number;
  startDate: string;
  /** Day index of the last day, for this year's leavers. */
  end?: number;
  endDate?: string;
  engineer: boolean;
};

type Finding = { k: number; severity: number; fixWeek: number; json: string };

/** Buffers lines and writes them in large chunks, waiting for the stream to drain: memory stays flat. */
class LineWriter {
  readonly types: Record<string, number> = {};
  records = 0;
  bytes = 0;
  private chunk: string[] = [];
  private chunkBytes = 0;
  private readonly out;
  private readonly onProgress: ((records: number) => void) | undefined;

  constructor(file: string, onProgress?: (records: number) => void) {
    this.out = createWriteStream(file, { encoding: 'utf8' });
    this.onProgress = onProgress;
  }

  async put(record: Envelope): Promise<void> {
    await this.line(record.type, JSON.stringify(record));
  }

  async line(type: string, line: string): Promise<void> {
    this.types[type] = (this.types[type] ?? 0) + 1;
    this.records++;
    this.chunk.push(line);
    this.chunkBytes += line.length + 1;
    if (this.records % 100_000 === 0) this.onProgress?.(this.records);
    if (this.chunk.length >= 5000 || this.chunkBytes >= 4 * 1024 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.chunk.length) return;
    const text = `${this.chunk.join('\n')}\n`;
    this.bytes += Buffer.byteLength(text);
    this.chunk = [];
    this.chunkBytes = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

/**
 * Writes the workload of {@link WorkloadOptions} to `file` as JSON Lines and returns what it wrote.
 * The same options always give the same bytes.
 */
export async function writeCompanyWorkload(
  file: string,
  options: WorkloadOptions = {},
): Promise<WorkloadStats> {
  const people = options.people ?? DEFAULT_PEOPLE;
  if (!Number.isSafeInteger(people) || people < 5)
    throw new Error(`people must be an integer >= 5: ${people}`);
  const period = options.period ?? DEFAULT_PERIOD;
  const seed = options.seed ?? DEFAULT_SEED;
  const startMs = Date.parse(`${period.start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${period.end}T00:00:00Z`) - startMs) / DAY_MS) + 1;
  if (!(days >= 28)) throw new Error(`the period must be at least 28 days: ${period.start}..${period.end}`);

  // ---- sizes ------------------------------------------------------------------------------------------
  const serviceCount = 2 * people;
  const clusterCount = Math.max(4, Math.round(people / 50));
  const findingsPerScan = 50 * people;
  const uptimeTargets = Math.max(3, Math.round(people / 50));
  const publicEndpoints = Math.max(5, Math.round(people / 20));
  const vendorCount = Math.max(5, Math.round(people / 8));
  const incidentCount = Math.max(3, Math.round(people / 25));
  const capacityResources = Math.max(5, Math.round(serviceCount / 50));
  const dataAssets = Math.max(10, Math.round(serviceCount / 4));

  // ---- calendar helpers -------------------------------------------------------------------------------
  const dates: string[] = Array.from({ length: days }, (_, i) =>
    new Date(startMs + i * DAY_MS).toISOString().slice(0, 10),
  );
  const weekday = (i: number) => new Date(startMs + i * DAY_MS).getUTCDay();
  const dateOf = (i: number) => new Date(startMs + i * DAY_MS).toISOString().slice(0, 10);
  /** Instant of day `i` (any integer) plus `seconds`, as ISO text. */
  const at = (i: number, seconds: number) =>
    new Date(startMs + i * DAY_MS + Math.round(seconds) * 1000).toISOString();
  const firstOfMonths: number[] = [];
  for (let i = 0; i < days; i++) if (dates[i]?.endsWith('-01')) firstOfMonths.push(i);
  if (!firstOfMonths.includes(0)) firstOfMonths.unshift(-Number(period.start.slice(8, 10)) + 1);
  const monthLength = (first: number) => {
    const d = new Date(startMs + first * DAY_MS);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  };
  const mondays: number[] = [];
  for (let i = 0; i < days; i++) if (weekday(i) === 1) mondays.push(i);

  // ---- random streams ---------------------------------------------------------------------------------
  const stream = (n: number) => pseudoRandom(mix32(seed) ^ mix32(n * 0x9e3779b1));
  const plan = stream(1);
  const int = (r: () => number, n: number) => Math.floor(r() * n);
  const pick = <T>(r: () => number, list: readonly T[]): T => list[int(r, list.length)] as T;
  const hex = (() => {
    let n = 0;
    return (chars = 64) => pseudoHex(n++, seed, chars);
  })();

  // ---- people -----------------------------------------------------------------------------------------
  const leaverEvery = 1 / 0.12;
  const hires = Math.round(people * 0.13);
  const staff: Person[] = [];
  const makePerson = (index: number, start: number): Person => {
    const base = `${FIRST[index % FIRST.length]}.${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;
    const round = Math.floor(index / (FIRST.length * LAST.length));
    const handle = round ? `${base}${round + 1}` : base;
    const department = DEPARTMENTS[index % DEPARTMENTS.length] as string;
    return {
      index,
      handle,
      email: `${handle}@${DOMAIN}`,
      department,
      title: pick(plan, TITLES[department] ?? ['Specialist']),
      start,
      startDate: dateOf(start),
      engineer: department === 'Engineering',
    };
  };
  for (let i = 0; i < people; i++) {
    // Tenure skewed to recent years, at most eight years back.
    const person = makePerson(i, -1 - Math.floor(plan() ** 2 * 8 * 365));
    // Leavers: an even 12% spread over the staff, the fifth person first (so even a tiny company has
    // one); the first four (engineering leads) stay.
    if (i >= 4 && Math.floor((i + 5) / leaverEvery) > Math.floor((i + 4) / leaverEvery)) {
      person.end = 5 + int(plan, days - 20);
      person.endDate = dateOf(person.end);
    }
    staff.push(person);
  }
  for (let h = 0; h < hires; h++) staff.push(makePerson(people + h, int(plan, days - 1)));
  const activeOn = (p: Person, i: number) => p.start <= i && (p.end === undefined || p.end >= i);
  const services: string[] = Array.from({ length: serviceCount }, (_, i) => {
    const base = `${DOMAINS_OF_WORK[i % DOMAINS_OF_WORK.length]}-${COMPONENTS[Math.floor(i / DOMAINS_OF_WORK.length) % COMPONENTS.length]}`;
    const round = Math.floor(i / (DOMAINS_OF_WORK.length * COMPONENTS.length));
    return round ? `${base}-${round + 1}` : base;
  });

  // ---- the schedule of occasional records, by day ------------------------------------------------------
  const schedule: (() => Envelope)[][] = Array.from({ length: days }, () => []);
  const on = (i: number, make: () => Envelope) => {
    if (i >= 0 && i < days) schedule[i]?.push(make);
  };
  const planted: PlantedProblem[] = [];
  const clamp = (i: number) => Math.max(0, Math.min(days - 1, i));

  // Monthly: access_control snapshots (day 2), access reviews (day 8–22), personnel roster (month end).
  const lateReviewMonth = Math.min(2, firstOfMonths.length - 2);
  for (const [m, first] of firstOfMonths.entries()) {
    for (const [s, system] of SYSTEMS.entries()) {
      on(first + 1, () => accessControl(system, first + 1, 6 * 3600 + s * 60));
      let reviewDay = first + 7 + int(plan, 15);
      if (m === lateReviewMonth && system === 'aws') {
        reviewDay = first + monthLength(first) + 5;
        planted.push({
          control: 'access-review',
          expect: 'exception',
          match: dateOf(first).slice(0, 7),
          what: `the ${dateOf(first).slice(0, 7)} access review of aws completed late, on ${dateOf(reviewDay)}`,
        });
      }
      on(reviewDay, () => accessReview(system, reviewDay));
    }
    const last = Math.min(days - 1, first + monthLength(first) - 1);
    on(last, () => ({
      type: 'personnel',
      source: 'hris:bamboohr',
      subject: 'all-staff',
      observed_at: at(last, 23 * 3600),
      data: {
        people: staff
          .filter((p) => p.start <= last)
          .map((p) => ({
            person: p.handle,
            email: p.email,
            start_date: p.startDate,
            ...(p.end !== undefined && p.end <= last ? { end_date: p.endDate } : {}),
            department: p.department,
            title: p.title,
          })),
      },
    }));
  }

  // Weekly capacity checks (Mondays 09:00).
  for (const monday of mondays) {
    on(monday, () => ({
      type: 'capacity_check',
      source: 'grafana:capacity',
      subject: 'production',
      observed_at: at(monday, 9 * 3600),
      data: {
        performed_at: at(monday, 9 * 3600),
        resources: Array.from({ length: capacityResources }, (_, r) => {
          const threshold = [70, 75, 80, 85][r % 4] as number;
          return {
            name: `${services[r % serviceCount]}-${['cpu', 'memory', 'disk', 'connections'][r % 4]}`,
            utilization_pct: Math.round((20 + plan() * (threshold - 25)) * 10) / 10,
            threshold_pct: threshold,
            scaling_trigger: r % 4 === 2 ? 'alert at threshold, disk grown by runbook' : 'autoscaling policy',
          };
        }),
      },
    }));
  }

  // Quarterly data inventory (the 15th of each quarter's first month).
  for (const first of firstOfMonths) {
    const month = Number(dateOf(first).slice(5, 7));
    if ((month - 1) % 3) continue;
    const day = first + 14;
    on(day, () => ({
      type: 'data_inventory',
      source: 'inventory:export',
      subject: 'data-stores',
      observed_at: at(day, 10 * 3600),
      data: {
        assets: Array.from({ length: dataAssets }, (_, a) => ({
          name: `${services[a % serviceCount]}-${a % 3 ? 'db' : 'bucket'}`,
          classification: (['confidential', 'internal', 'restricted', 'public'] as const)[
            a % 7 === 6 ? 3 : a % 3
          ],
          owner: staff[(a * 10) % people]?.email,
        })),
      },
    }));
  }

  // Annual tests.
  const pentestDay = clamp(Math.round(days * 0.39));
  on(pentestDay, () => ({
    type: 'pentest',
    source: 'docs:security',
    subject: 'annual-pentest',
    observed_at: at(pentestDay, 16 * 3600),
    data: {
      firm: 'Northwind Security Partners',
      independent: true,
      completed_at: at(pentestDay, 16 * 3600),
      findings: { critical: 0, high: 2, medium: 7, low: 11 },
      scope: 'Web application, public API and cloud perimeter',
    },
  }));
  for (const [n, fraction] of [0.21, 0.77].entries()) {
    const day = clamp(Math.round(days * fraction));
    on(day, () => ({
      type: 'ir_test',
      source: 'docs:security',
      subject: 'incident-response',
      observed_at: at(day, 15 * 3600),
      data: {
        kind: n ? 'live' : 'tabletop',
        performed_at: at(day, 15 * 3600),
        participants: staff
          .filter((p) => p.engineer && activeOn(p, day))
          .slice(0, 8)
          .map((p) => p.email),
        findings: n
          ? ['Status page update took 25 minutes']
          : ['Escalation contacts for the DPO were out of date'],
      },
    }));
  }
  const drDay = clamp(Math.round(days * 0.48));
  on(drDay, () => ({
    type: 'dr_test',
    source: 'docs:infrastructure',
    subject: 'region-failover',
    observed_at: at(drDay, 14 * 3600),
    data: {
      performed_at: at(drDay, 14 * 3600),
      rto_target_minutes: 240,
      rto_actual_minutes: 95,
      rpo_target_minutes: 15,
      rpo_actual_minutes: 5,
      success: true,
      scenario: 'Loss of the primary region; restore into the secondary from replicas and backups',
    },
  }));

  // Vendors and policies: each assessed / reviewed once in the year.
  for (let v = 0; v < vendorCount; v++) {
    const vendor =
      v === 0
        ? 'Cloud provider'
        : v === 1
          ? 'Identity provider'
          : `${VENDOR_A[v % VENDOR_A.length]} ${VENDOR_B[Math.floor(v / VENDOR_A.length) % VENDOR_B.length]}${v >= VENDOR_A.length * VENDOR_B.length ? ` ${Math.floor(v / (VENDOR_A.length * VENDOR_B.length)) + 1}` : ''}`;
    const day = int(plan, days - 1);
    const tier = v < 2 ? (v ? 'high' : 'critical') : pick(plan, ['high', 'medium', 'medium', 'low'] as const);
    const soc2 = v < 2 || plan() < 0.7;
    on(day, () => ({
      type: 'vendor_assessment',
      source: 'grc:vendors',
      subject: vendor,
      observed_at: at(day, 11 * 3600),
      data: {
        vendor,
        tier,
        assessed_at: at(day, 11 * 3600),
        soc2_report: soc2 ? { period_end: dateOf(day - 30 - int(plan, 200)), opinion: 'unqualified' } : null,
        notes: soc2 ? 'SOC 2 Type II report read; CUECs mapped' : 'Security questionnaire reviewed',
      },
    }));
  }
  for (const policy of POLICIES) {
    const day = int(plan, days - 1);
    on(day, () => ({
      type: 'policy_review',
      source: 'git:policies',
      subject: policy,
      observed_at: at(day, 12 * 3600),
      data: {
        policy,
        version: `${2 + int(plan, 4)}.${int(plan, 10)}`,
        approved_by: `ciso@${DOMAIN}`,
        approved_at: at(day, 12 * 3600),
      },
    }));
  }

  // Incidents: opened, resolved (and, for critical and high, the postmortem linked a few days later).
  const missingPostmortem = Math.min(incidentCount - 1, 2);
  for (let n = 0; n < incidentCount; n++) {
    const id = `INC-${1001 + n}`;
    const open = int(plan, days - 25);
    const openedAt = at(open, int(plan, 86_400));
    const severity =
      n === missingPostmortem
        ? 'high'
        : pick(plan, ['critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'low'] as const);
    const hours = 1 + plan() * 30;
    const resolvedMs = Date.parse(openedAt) + hours * 3_600_000;
    const resolvedAt = new Date(resolvedMs).toISOString();
    const resolvedDay = Math.floor((resolvedMs - startMs) / DAY_MS);
    const title = pick(plan, INCIDENT_TITLES);
    const base = { id, title, severity, opened_at: openedAt };
    const record = (day: number, observedAt: string, data: object): void =>
      on(day, () => ({
        type: 'incident',
        source: 'pagerduty',
        subject: id,
        observed_at: observedAt,
        data: { ...base, ...data },
      }));
    record(open, openedAt, { resolved_at: null, resolution: null, postmortem: null });
    record(resolvedDay, resolvedAt, {
      resolved_at: resolvedAt,
      resolution: 'Mitigated and root cause fixed',
      postmortem: null,
    });
    if (severity === 'critical' || severity === 'high') {
      if (n === missingPostmortem) {
        planted.push({
          control: 'incident-response',
          expect: 'exception',
          match: id,
          what: `${id} (high) resolved without a postmortem`,
        });
        continue;
      }
      const day = resolvedDay + 3 + int(plan, 6);
      record(day, at(day, 10 * 3600), {
        resolved_at: resolvedAt,
        resolution: 'Mitigated and root cause fixed',
        postmortem: `https://wiki.${DOMAIN}/postmortems/${id}`,
      });
    }
  }

  // Offboarding of this year's leavers: access removed 1–20 hours after the end of the last day.
  const leavers = staff.filter((p) => p.end !== undefined);
  const slowLeaver = leavers[Math.floor(leavers.length / 2)];
  for (const p of leavers) {
    const end = p.end as number;
    const hours = p === slowLeaver ? 31 : 1 + plan() * 19;
    const terminated = at(end, 17 * 3600);
    const removedMs = Date.parse(terminated) + hours * 3_600_000;
    const removedDay = Math.floor((removedMs - startMs) / DAY_MS);
    const removedAt = new Date(removedMs).toISOString();
    if (p === slowLeaver)
      planted.push({
        control: 'offboarding',
        expect: 'exception',
        match: p.handle,
        what: `${p.handle}: access removed 31 hours after termination`,
      });
    on(removedDay, () => ({
      type: 'offboarding',
      source: 'hris:bamboohr',
      subject: p.email,
      observed_at: removedAt,
      data: {
        person: p.handle,
        terminated_at: terminated,
        access_removed_at: removedAt,
        systems: systemsOf(p),
      },
    }));
  }

  // Training: annual awareness (all but ~1.5%), joiners within three weeks, quarterly phishing refreshers,
  // secure coding for engineers, privacy for customer-facing staff.
  const year = period.start.slice(0, 4);
  const training = (p: Person, day: number, course: string) =>
    on(day, () => ({
      type: 'training_record',
      source: 'lms:academy',
      subject: p.email,
      observed_at: at(day, 8 * 3600 + int(plan, 10 * 3600)),
      data: { person: p.handle, course, completed_at: at(day, 8 * 3600), email: p.email },
    }));
  for (const p of staff) {
    const from = Math.max(0, p.start);
    const to = Math.min(days - 1, p.end ?? days - 1);
    if (to < from) continue;
    const within = (lo: number, hi: number) =>
      Math.max(from, lo) + int(plan, Math.max(1, Math.min(to, hi) - Math.max(from, lo) + 1));
    if (p.index % 67 !== 66)
      training(
        p,
        p.start >= 0 ? Math.min(to, p.start + 2 + int(plan, 19)) : within(0, days - 20),
        `Security Awareness ${year}`,
      );
    for (let q = 0; q < 4; q++) {
      const lo = Math.floor((q * days) / 4);
      const hi = Math.floor(((q + 1) * days) / 4) - 1;
      if (hi >= from && lo <= to && plan() < 0.9) training(p, within(lo, hi), `Phishing Refresher Q${q + 1}`);
    }
    if (p.engineer) training(p, within(0, days - 1), 'Secure Coding');
    if (['Sales', 'Customer Success', 'Product'].includes(p.department) && plan() < 0.9)
      training(p, within(0, days - 1), 'Privacy and Data Protection');
  }

  // Documents for every document-kind control of the catalog.
  let documentSerial = 0;
  const document = (day: number, kind: string, title: string, subject: string) =>
    on(day, () => {
      const n = documentSerial++;
      return {
        type: 'document',
        source:
          PER_PERSON_ANNUAL_DOCUMENTS.has(kind) || PER_JOINER_DOCUMENTS.has(kind)
            ? 'hris:bamboohr'
            : 'gdrive:compliance',
        subject,
        observed_at: at(day, 9 * 3600 + int(plan, 9 * 3600)),
        data: { title, kind, sha256: hex(), url: `https://drive.${DOMAIN}/d/${kind}/${n}` },
      };
    });
  const seenKinds = new Set<string>();
  for (const control of loadCatalog().controls) {
    const kind = control.params.kind;
    if (control.test !== 'document' || typeof kind !== 'string' || seenKinds.has(kind)) continue;
    seenKinds.add(kind);
    const title = control.title;
    if (PER_PERSON_ANNUAL_DOCUMENTS.has(kind)) {
      for (const p of staff) {
        const from = Math.max(0, p.start);
        const to = Math.min(days - 1, p.end ?? days - 1);
        if (to >= from)
          document(
            p.start >= 0 ? from : from + int(plan, to - from + 1),
            kind,
            `${title}: ${p.handle}`,
            p.email,
          );
      }
    } else if (PER_JOINER_DOCUMENTS.has(kind)) {
      for (const p of staff)
        if (p.start >= 0) document(Math.max(0, p.start - 3), kind, `${title}: ${p.handle}`, p.email);
    } else if (control.frequency === 'event') {
      const count = Math.max(1, Math.round((EVENT_DOCUMENT_RATES[kind] ?? 0.02) * people * (days / 365)));
      for (let n = 0; n < count; n++) document(int(plan, days), kind, `${title} #${n + 1}`, kind);
    } else if (control.frequency === 'monthly') {
      for (const first of firstOfMonths)
        document(
          Math.max(0, first + 2 + int(plan, 20)),
          kind,
          `${title} ${dateOf(Math.max(0, first)).slice(0, 7)}`,
          kind,
        );
    } else if (control.frequency === 'quarterly') {
      for (const first of firstOfMonths)
        if ((Number(dateOf(first).slice(5, 7)) - 1) % 3 === 0)
          document(
            Math.max(0, first + 10 + int(plan, 40)),
            kind,
            `${title} ${dateOf(Math.max(0, first)).slice(0, 7)}`,
            kind,
          );
    } else if (control.frequency === 'weekly') {
      for (const monday of mondays) document(monday + int(plan, 5), kind, `${title} ${dates[monday]}`, kind);
    } else if (control.frequency === 'daily' || control.frequency === 'continuous') {
      for (let i = 0; i < days; i++) document(i, kind, `${title} ${dates[i]}`, kind);
    } else {
      document(int(plan, days - 1), kind, `${title} ${year}`, kind);
    }
  }

  // ---- planted problems in the daily streams -------------------------------------------------------------
  const skippedScanWeek = Math.min(21, mondays.length - 2);
  const skippedMonday = mondays[skippedScanWeek] as number;
  planted.unshift({
    control: 'vuln-scan',
    expect: 'exception',
    match: isoWeekLabel(dateOf(skippedMonday)),
    what: `no scan in week ${isoWeekLabel(dateOf(skippedMonday))}`,
  });
  const expiredFrom = clamp(Math.round(days * 0.603));
  const expiredHost = `status.${DOMAIN}`;
  planted.push({
    control: 'encryption-in-transit',
    expect: 'exception',
    match: dateOf(expiredFrom),
    what: `${expiredHost} served an expired certificate ${dateOf(expiredFrom)}..${dateOf(expiredFrom + 6)} (7 daily scans)`,
  });
  const unencryptedFrom = clamp(Math.round(days * 0.7));
  const unencryptedService = 7 % serviceCount;
  planted.push({
    control: 'encryption-at-rest',
    expect: 'masked',
    match: dateOf(unencryptedFrom),
    what: `${services[unencryptedService]}-assets unencrypted ${dateOf(unencryptedFrom)}..${dateOf(unencryptedFrom + 2)} in that service's own snapshot; other services' snapshots of those days pass`,
  });

  // ---- vulnerability findings ------------------------------------------------------------------------------
  const vulnRandom = stream(2);
  const clusters = Array.from(
    { length: clusterCount },
    (_, c) =>
      `eks/prod-${['eu-west-1', 'us-east-1', 'ap-southeast-2'][c % 3]}-${String(Math.floor(c / 3) + 1).padStart(2, '0')}`,
  );
  let findingSerial = 0;
  let overdue = 0;
  const lifetime = (severity: number): number => {
    const r = vulnRandom();
    if (severity === 0) return r < 0.02 ? 5 + int(vulnRandom, 6) : r < 0.8 ? 1 : 2;
    if (severity === 1) return r < 0.02 ? 6 + int(vulnRandom, 10) : 1 + int(vulnRandom, 4);
    return severity === 2 ? 1 + int(vulnRandom, 40) : 2 + int(vulnRandom, 80);
  };
  const newFinding = (week: number, mix: readonly number[], cveYear: (j: number) => string): Finding => {
    const k = findingSerial++;
    const r = vulnRandom();
    let severity = 0;
    let acc = mix[0] as number;
    while (severity < 3 && r >= acc) acc += mix[++severity] as number;
    const life = lifetime(severity);
    if (severity < 2 && week >= 0 && life > (severity ? 4 : 2)) overdue++;
    const j = Math.floor(k / clusterCount);
    // An affine bijection of [0, 90000): ids look scattered and (id, target) never repeats.
    const number = 10_000 + ((j * 7919 + 12_345) % 90_000);
    const [pkg, minor] = PACKAGES[mix32(k) % PACKAGES.length] as readonly [string, string];
    const patch = mix32(k ^ 0x5bd1e995) % 20;
    const json = JSON.stringify({
      id: `CVE-${cveYear(j)}-${number}`,
      severity: SEVERITIES[severity],
      target: clusters[k % clusterCount],
      package: pkg,
      installed_version: `${minor}.${patch}`,
      fixed_version: `${minor}.${patch + 1 + (k % 3)}`,
    });
    return { k, severity, fixWeek: week + life, json };
  };
  const OLD_MIX = [0.01, 0.07, 0.4, 0.52];
  const NEW_MIX = [0.03, 0.12, 0.4, 0.45];
  const periodYear = period.start.slice(0, 4);
  let findings: Finding[] = Array.from({ length: findingsPerScan }, () =>
    newFinding(-1, OLD_MIX, (j) => String(2020 + (j % 6))),
  );
  const scanLine = (day: number, seconds: number) =>
    `{"type":"vulnerability_scan","source":"trivy","subject":"production-clusters","observed_at":${JSON.stringify(at(day, seconds))},"data":{"scanner":"trivy 0.58.1","targets":${JSON.stringify(clusters)},"findings":[${findings.map((f) => f.json).join(',')}]}}`;
  const advanceFindings = (week: number) => {
    const kept = findings.filter((f) => f.fixWeek > week);
    const fixed = findings.length - kept.length;
    for (let n = 0; n < fixed; n++) kept.push(newFinding(week, NEW_MIX, () => periodYear));
    findings = kept;
  };

  // ---- write, day by day --------------------------------------------------------------------------------
  const writer = new LineWriter(file, options.onProgress);
  const first = mondays[0] as number;
  // The last scan before the period: the findings it lists are history, not new in the period.
  await writer.line('vulnerability_scan', scanLine(first - 7, 2 * 3600));

  const changeRandom = stream(3);
  const snapshotRandom = stream(4);
  const prNumbers = new Array<number>(serviceCount).fill(0);
  let changeSerial = 0;
  let engineers: Person[] = [];
  const tlsEndpoints = Array.from({ length: publicEndpoints }, (_, e) =>
    e === 0 ? expiredHost : e === 1 ? `api.${DOMAIN}` : e === 2 ? `app.${DOMAIN}` : `customer-${e}.${DOMAIN}`,
  );
  const uptimeHosts = Array.from({ length: uptimeTargets }, (_, t) =>
    t < 3 ? (tlsEndpoints[t] as string) : `${services[t]}.${DOMAIN}`,
  );
  const scanWeek = new Map(mondays.map((m, w) => [m, w]));

  for (let i = 0; i < days; i++) {
    const dow = weekday(i);
    if (dow === 1 || i === 0) engineers = staff.filter((p) => p.engineer && activeOn(p, i));

    for (const make of schedule[i] ?? []) await writer.put(make());
    schedule[i] = [];

    const week = scanWeek.get(i);
    if (week !== undefined) {
      advanceFindings(week);
      if (week !== skippedScanWeek) await writer.line('vulnerability_scan', scanLine(i, 2 * 3600));
    }

    // Fleet-wide TLS scan, 03:00. Certificates are 90-day ones renewed at 60 days, staggered by endpoint.
    await writer.put({
      type: 'tls_scan',
      source: 'tls-scanner',
      subject: 'public-endpoints',
      observed_at: at(i, 3 * 3600),
      data: {
        endpoints: tlsEndpoints.map((host, e) => {
          const expired = e === 0 && i >= expiredFrom && i < expiredFrom + 7;
          const renewed = i - ((i + e * 7) % 60);
          const expires = expired ? at(expiredFrom - 1, 12 * 3600) : at(renewed + 90, 12 * 3600);
          return {
            host,
            port: 443,
            protocols: e % 5 === 4 ? ['TLSv1.3'] : ['TLSv1.2', 'TLSv1.3'],
            negotiated: 'TLSv1.3',
            cipher: 'TLS_AES_128_GCM_SHA256',
            cert_expires_at: expires,
            cert_valid: !expired,
            cert_issuer: "Let's Encrypt R11",
          };
        }),
      },
    });

    // Per-service snapshots: storage encryption (04:00–06:00) and alert rules (05:00–07:00).
    for (let s = 0; s < serviceCount; s++) {
      const service = services[s] as string;
      const unencrypted = s === unencryptedService && i >= unencryptedFrom && i < unencryptedFrom + 3;
      const stores: { name: string; kind: string; encrypted: boolean; algorithm: string | null }[] = [
        { name: `${service}-db`, kind: 'postgres', encrypted: true, algorithm: 'AES-256' },
      ];
      if (s % 3 !== 2)
        stores.push({
          name: `${service}-assets`,
          kind: 's3',
          encrypted: !unencrypted,
          algorithm: unencrypted ? null : 'aws:kms AES-256',
        });
      if (s % 4 === 0)
        stores.push({ name: `${service}-cache`, kind: 'ebs', encrypted: true, algorithm: 'AES-256-XTS' });
      await writer.put({
        type: 'storage_encryption',
        source: 'aws-config',
        subject: service,
        observed_at: at(i, 4 * 3600 + ((s * 7) % 7200)),
        data: { stores },
      });
      const team = `team-${DOMAINS_OF_WORK[s % DOMAINS_OF_WORK.length]}`;
      await writer.put({
        type: 'alert_rules',
        source: 'datadog:monitors',
        subject: service,
        observed_at: at(i, 5 * 3600 + ((s * 11) % 7200)),
        data: {
          rules: [
            {
              name: `${service}: error rate above 2%`,
              target: service,
              enabled: true,
              channel: `pagerduty:${team}`,
            },
            {
              name: `${service}: p99 latency above 1s`,
              target: service,
              enabled: true,
              channel: `pagerduty:${team}`,
            },
            ...(s % 2
              ? []
              : [
                  {
                    name: `${service}: saturation above 85%`,
                    target: service,
                    enabled: true,
                    channel: `slack:#${team}`,
                  },
                ]),
          ],
        },
      });
    }

    // Uptime summaries of the customer-facing targets, for the whole day.
    for (const [t, host] of uptimeHosts.entries()) {
      const failed = snapshotRandom() < 0.92 ? 0 : 1 + int(snapshotRandom, 12);
      await writer.put({
        type: 'uptime_summary',
        source: 'monitor:checkly',
        subject: host,
        observed_at: at(i, 23 * 3600 + 59 * 60 + t),
        data: {
          target: `https://${host}/healthz`,
          checks: 1440,
          failed_checks: failed,
          downtime_minutes: failed,
          alerting: true,
        },
      });
    }

    // Merged pull requests: people in working hours on weekdays, the dependency bot overnight.
    const weekend = dow === 0 || dow === 6;
    const humanChanges = Math.round(engineers.length * (weekend ? 0.05 : 1.5) * (0.8 + 0.4 * changeRandom()));
    const botChanges = Math.round(((serviceCount * 4) / 7) * (0.8 + 0.4 * changeRandom()));
    for (let c = 0; c < humanChanges + botChanges; c++) {
      const bot = c >= humanChanges;
      const repo = int(changeRandom, serviceCount);
      const service = services[repo] as string;
      const author = bot ? 'renovate[bot]' : (pick(changeRandom, engineers) as Person).handle;
      const reviewer = () => {
        for (let tries = 0; tries < 8; tries++) {
          const p = pick(changeRandom, engineers) as Person;
          if (p.handle !== author) return p.handle;
        }
        return (staff[0] as Person).handle === author
          ? (staff[1] as Person).handle
          : (staff[0] as Person).handle;
      };
      // People's merges only: 0.05% approved by their author alone, 0.02% merged with failing CI (as
      // emergencies), 0.2% more emergencies; the bot's merges need CI and a code owner.
      const r = bot ? 1 : changeRandom();
      const approvers =
        r < 0.0005 ? [author] : changeRandom() < 0.8 ? [reviewer()] : [reviewer(), reviewer()];
      const pr = (prNumbers[repo] ?? 0) + 1;
      prNumbers[repo] = pr;
      const mergedAt = at(i, bot ? int(changeRandom, 6 * 3600) : 7 * 3600 + int(changeRandom, 12 * 3600));
      await writer.put({
        type: 'change',
        source: 'github',
        subject: `example/${service}`,
        observed_at: mergedAt,
        data: {
          id: pseudoHex(changeSerial++, seed ^ 0x51ed, 40),
          title: bot
            ? `Update ${pick(changeRandom, PACKAGES)[0]} to the latest patch`
            : `${pick(changeRandom, VERBS)} ${pick(changeRandom, AREAS)}`,
          author,
          merged_at: mergedAt,
          approvers,
          ci_passed: !(r >= 0.0005 && r < 0.0007),
          emergency: r >= 0.0005 && r < 0.0027,
          repository: `example/${service}`,
          pr,
        },
      });
    }
  }
  await writer.end();
  planted.push({
    control: 'vuln-remediation',
    expect: 'exception',
    what: `${overdue} critical/high findings planned to stay open past their SLA (plus knock-on delays of the missed scan week)`,
  });
  planted.push({
    control: 'change-approval',
    expect: 'exception',
    what: "about 0.05% of people's merges approved only by their author and 0.02% merged with failing CI",
  });

  return {
    records: writer.records,
    bytes: writer.bytes,
    types: Object.fromEntries(Object.entries(writer.types).sort(([a], [b]) => (a < b ? -1 : 1))),
    people,
    services: serviceCount,
    findingsPerScan,
    period: { start: period.start, end: period.end },
    seed,
    planted,
  };

  // ---- record builders that need the roster ----------------------------------------------------------------
  function systemsOf(p: Person): System[] {
    return SYSTEMS.filter((s) => hasAccount(p, s));
  }

  function hasAccount(p: Person, system: System): boolean {
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

  function accessControl(system: System, day: number, seconds: number): Envelope {
    const accounts = staff
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
      observed_at: at(day, seconds),
      data: { system, accounts },
    };
  }

  function accessReview(system: System, day: number): Envelope {
    const completedAt = at(day, 15 * 3600);
    const entries = staff
      .filter((p) => activeOn(p, day) && hasAccount(p, system))
      .map((p) => {
        const r = snapshotRandom();
        const decision = r < 0.01 ? 'revoke' : r < 0.015 ? 'modify' : 'keep';
        const { roles } = rolesOf(p, system);
        return {
          user: p.email,
          access: roles.join(', '),
          decision,
          ...(decision === 'keep' ? {} : { remediated_at: at(day + 1 + int(snapshotRandom, 7), 11 * 3600) }),
        };
      });
    return {
      type: 'access_review',
      source: 'grc:access-reviews',
      subject: system,
      observed_at: completedAt,
      data: { system, reviewer: `security-lead@${DOMAIN}`, completed_at: completedAt, entries },
    };
  }
}

/** The number of people whose workload has about `records` records (at least 5). */
export const peopleForRecords = (records: number) => Math.max(5, Math.round(records / RECORDS_PER_PERSON));
