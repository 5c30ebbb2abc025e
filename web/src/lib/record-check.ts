import { utf8 } from './bytes.ts';
import { canonicalJson } from './canonical-json.ts';
import { bytesToHex } from './hex.ts';
import { sha256 } from './sha256.ts';

/** The record as the API shows it: what the leaf must agree with. */
export type ShownRecord = {
  id: string;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  collected_at: string;
  data: unknown;
};

type Leaf = ShownRecord & { artifacts: unknown };

const FIELDS = ['id', 'type', 'source', 'subject'] as const;
const TIMES = ['observed_at', 'collected_at'] as const;

/**
 * Whether the ledger leaf is this record: its content id recomputes (SHA-256 of the JCS of
 * {artifacts, data, observed_at, source, subject, type}, docs/ledger.md) and equals the record's id,
 * and the leaf's fields and payload are those shown. Returns the first disagreement, or undefined.
 */
export async function recordMismatch(leafText: string, record: ShownRecord): Promise<string | undefined> {
  let leaf: Leaf;
  try {
    leaf = JSON.parse(leafText) as Leaf;
  } catch {
    return 'the leaf is not JSON';
  }
  if (leaf === null || typeof leaf !== 'object') return 'the leaf is not a JSON object';
  const { artifacts, data, observed_at, source, subject, type } = leaf;
  const content = canonicalJson({ artifacts, data, observed_at, source, subject, type });
  const id = bytesToHex(await sha256(utf8(content)));
  if (id !== leaf.id) return "the leaf's content does not hash to its id";
  for (const field of FIELDS) {
    if (leaf[field] !== record[field]) return `the leaf's ${field} differs from the record shown`;
  }
  for (const field of TIMES) {
    if (!sameInstant(leaf[field], record[field])) return `the leaf's ${field} differs from the record shown`;
  }
  if (canonicalJson(data) !== canonicalJson(record.data))
    return "the leaf's payload differs from the one shown";
  return undefined;
}

/**
 * The ledger writes times as `YYYY-MM-DDTHH:MM:SS.sssZ` (src/core/evidence/envelope.ts); the API may
 * spell the same instant differently, but the leaf must hold the ledger's spelling.
 */
function sameInstant(leafTime: unknown, shown: string): boolean {
  if (typeof leafTime !== 'string') return false;
  const t = Date.parse(leafTime);
  return Number.isFinite(t) && new Date(t).toISOString() === leafTime && t === Date.parse(shown);
}
