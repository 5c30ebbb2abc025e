import type { EvidenceDraft } from '../../core/evidence/envelope.ts';
import type { EvidenceType } from '../../core/evidence-type.ts';
import { mix32 } from './workload/pseudo-random.ts';

/**
 * Records filed by hand well after the event, and by how many days: at least RETROACTIVE_DAYS (14,
 * src/engine/control-run.ts), so the engine and the reports show them as retroactive evidence.
 */
export const LATE_FILINGS = [
  { type: 'pentest', control: 'pentest', days: 23, what: "the penetration test's report was filed" },
  { type: 'dr_test', control: 'dr-test', days: 16, what: "the disaster-recovery test's record was filed" },
  {
    type: 'ir_test',
    control: 'ir-plan-test',
    days: 19,
    what: "each incident-response exercise's record was filed",
  },
] as const satisfies readonly { type: EvidenceType; control: string; days: number; what: string }[];

const MINUTE = 60;
const HOUR = 3600;
/** How long after the event each kind of record is collected, in seconds: [shortest, longest). */
const DELAYS: Partial<Record<EvidenceType, readonly [number, number]>> = {
  change: [10, 3 * MINUTE], // a webhook
  vulnerability_scan: [5 * MINUTE, 40 * MINUTE], // the scanner's report pushed after the run
  tls_scan: [2 * MINUTE, 20 * MINUTE], // scheduled collectors of Evident
  storage_encryption: [2 * MINUTE, 20 * MINUTE],
  alert_rules: [2 * MINUTE, 20 * MINUTE],
  uptime_summary: [2 * MINUTE, 20 * MINUTE],
  access_control: [2 * MINUTE, 20 * MINUTE],
  capacity_check: [2 * MINUTE, 20 * MINUTE],
};
/** Everything else arrives with a nightly export or an upload. */
const EXPORT_DELAY = [1 * HOUR, 8 * HOUR] as const;

/** FNV-1a (32-bit) of the text: a cheap, stable hash to spread the delays. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * When the demo says a record was collected: shortly after its event (minutes for collectors and
 * webhooks, hours for exports and uploads; the same record always gets the same delay), except the
 * LATE_FILINGS, and never after `notAfter` (epoch ms: the demo's today).
 */
export function collectionTime(draft: EvidenceDraft, notAfter: number): string {
  const observed = Date.parse(draft.observed_at);
  const late = LATE_FILINGS.find((l) => l.type === draft.type);
  const [shortest, longest] = DELAYS[draft.type] ?? EXPORT_DELAY;
  const spread = mix32(fnv1a(`${draft.type}\n${draft.subject}\n${draft.observed_at}`)) / 0x1_0000_0000;
  const delay = late ? late.days * 86_400 + 2 * HOUR : shortest + Math.floor(spread * (longest - shortest));
  return new Date(Math.max(observed, Math.min(notAfter, observed + delay * 1000))).toISOString();
}
