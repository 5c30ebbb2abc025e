import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pseudoHex, pseudoRandom } from './pseudo-random.ts';

export type EvidenceFileStats = { records: number; bytes: number; types: Record<string, number> };

const PEOPLE = [
  'alice.martin',
  'bob.chen',
  'carla.souza',
  'dmitri.ivanov',
  'emeka.okafor',
  'fatima.khan',
  'george.lee',
  'hana.sato',
  'ines.garcia',
  'jonas.berg',
  'kofi.mensah',
  'lena.weber',
];
const SERVICES = ['api', 'web', 'billing', 'auth', 'ingest', 'search', 'notifications', 'reports'];
const VERBS = ['Fix', 'Add', 'Refactor', 'Remove', 'Harden', 'Speed up', 'Document', 'Upgrade'];
const AREAS = [
  'retry budget in the payment webhook handler',
  'session expiry for idle admin users',
  'pagination of the audit log endpoint',
  'rate limits on the public search API',
  'TLS settings of the internal load balancer',
  'nightly export of invoices to the warehouse',
  'feature flag for the new onboarding flow',
  'dependency pins after the security advisory',
];
const COURSES = ['Security Awareness 2025', 'Secure Coding Basics', 'Phishing Refresher', 'Privacy and GDPR'];
const POLICIES = [
  ['information-security', 'Information Security Policy'],
  ['access-control', 'Access Control Policy'],
  ['incident-response', 'Incident Response Plan'],
  ['business-continuity', 'Business Continuity Plan'],
  ['vendor-management', 'Vendor Management Policy'],
] as const;
const INCIDENTS = [
  'Elevated 5xx rate on checkout',
  'Delayed webhook deliveries',
  'Login failures for SSO users',
  'Search index lagging behind writes',
];
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const START = Date.UTC(2025, 0, 1);
const YEAR_SECONDS = 365 * 86_400;
/** Coprime with YEAR_SECONDS, so record i gets its own second of 2025 for i < YEAR_SECONDS. */
const STRIDE = 11_111_117;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One realistic evidence envelope as a JSON line (about 300 bytes on average). Every record has its
 * own `observed_at` (a permutation of the seconds of 2025), so every line has distinct content and the
 * time indexes see scattered inserts, as when several collectors' exports are imported together.
 */
function evidenceLine(i: number, random: () => number): { type: string; line: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const observed = START + ((i * STRIDE) % YEAR_SECONDS) * 1000;
  const observedAt = iso(observed);
  const person = pick(PEOPLE);
  const roll = random();
  let record: Record<string, unknown>;
  if (roll < 0.4) {
    const service = pick(SERVICES);
    record = {
      type: 'change',
      source: `git:${service}`,
      subject: service,
      observed_at: observedAt,
      data: {
        id: pseudoHex(i, 1, 40),
        title: `${pick(VERBS)} ${pick(AREAS)} (#${1000 + (i % 90_000)})`,
        author: person,
        merged_at: observedAt,
        approvers: random() < 0.3 ? [pick(PEOPLE), pick(PEOPLE)] : [pick(PEOPLE)],
        ci_passed: random() < 0.97,
        emergency: random() < 0.02,
      },
    };
  } else if (roll < 0.65) {
    const service = pick(SERVICES);
    const checks = 1440;
    const failed = random() < 0.9 ? 0 : Math.floor(random() * 30);
    record = {
      type: 'uptime_summary',
      source: 'monitor:statuscake',
      subject: `${service}.example.com`,
      observed_at: observedAt,
      data: {
        target: `https://${service}.example.com/healthz`,
        checks,
        failed_checks: failed,
        downtime_minutes: failed,
        alerting: true,
      },
    };
  } else if (roll < 0.85) {
    const course = pick(COURSES);
    record = {
      type: 'training_record',
      source: 'lms:academy',
      subject: `${person}@example.com`,
      observed_at: observedAt,
      data: { person, course, completed_at: observedAt, email: `${person}@example.com` },
    };
  } else if (roll < 0.95) {
    const service = pick(SERVICES);
    record = {
      type: 'incident',
      source: 'pagerduty',
      subject: service,
      observed_at: observedAt,
      data: {
        id: `INC-${100_000 + i}`,
        title: pick(INCIDENTS),
        severity: pick(SEVERITIES),
        opened_at: iso(observed - 3_600_000),
        resolved_at: observedAt,
        resolution: 'Rolled back the last deploy',
        postmortem: null,
      },
    };
  } else {
    const [slug, title] = pick(POLICIES);
    record = {
      type: 'policy_review',
      source: 'docs:policies',
      subject: slug,
      observed_at: observedAt,
      data: {
        policy: title,
        version: `${1 + (i % 9)}.${i % 100}`,
        approved_by: `${person}@example.com`,
        approved_at: observedAt,
      },
    };
  }
  return { type: record.type as string, line: JSON.stringify(record) };
}

/** Writes `records` evidence lines to `file` as JSON Lines, streaming: memory stays flat at any size. */
export async function writeEvidenceLines(
  file: string,
  records: number,
  onProgress?: (written: number) => void,
): Promise<EvidenceFileStats> {
  const random = pseudoRandom(20_250_101);
  const out = createWriteStream(file, { encoding: 'utf8' });
  const types: Record<string, number> = {};
  let bytes = 0;
  let chunk: string[] = [];
  for (let i = 0; i < records; i++) {
    const { type, line } = evidenceLine(i, random);
    types[type] = (types[type] ?? 0) + 1;
    chunk.push(line);
    bytes += Buffer.byteLength(line) + 1;
    if (chunk.length === 5000 || i === records - 1) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
      if ((i + 1) % 100_000 === 0) onProgress?.(i + 1);
    }
  }
  out.end();
  await once(out, 'finish');
  return { records, bytes, types };
}
