import { hash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { EvidenceDraft } from './envelope.ts';
import type { EvidenceRow } from './evidence-row.ts';

/**
 * The two canonical forms of a record (RFC 8785), built by splicing: the top-level keys are fixed ASCII
 * names, written here already in JCS order, so only `data` and `artifacts` go through the canonicaliser
 * (once each, for both forms). The tests check the result equals canonicalJson of the whole object.
 *
 * content = {artifacts, data, observed_at, source, subject, type}        → its SHA-256 is the record id
 * leaf    = {artifacts, collected_at, data, id, observed_at, source, subject, type} → the ledger leaf
 */
export type RecordBytes = { id: string; leaf: string };

const str = JSON.stringify;

export function recordBytes(draft: EvidenceDraft, collectedAt: string): RecordBytes {
  const artifacts = canonicalJson(draft.artifacts);
  const data = canonicalJson(draft.data);
  const tail = `"observed_at":${str(draft.observed_at)},"source":${str(draft.source)},"subject":${str(draft.subject)},"type":${str(draft.type)}}`;
  const content = `{"artifacts":${artifacts},"data":${data},${tail}`;
  const id = hash('sha256', content, 'hex');
  const leaf = `{"artifacts":${artifacts},"collected_at":${str(collectedAt)},"data":${data},"id":"${id}",${tail}`;
  return { id, leaf };
}

/** The content id of a stored leaf, recomputed from the leaf's own fields (for verify). */
export function contentIdOf(record: Omit<EvidenceDraft, 'data'> & { data: unknown }): string {
  const content = canonicalJson({
    artifacts: record.artifacts,
    data: record.data,
    observed_at: record.observed_at,
    source: record.source,
    subject: record.subject,
    type: record.type,
  });
  return hash('sha256', content, 'hex');
}

/** The stored columns a leaf must agree with. */
export type LeafColumns = Pick<
  EvidenceRow,
  'id' | 'type' | 'source' | 'subject' | 'observed_at' | 'collected_at'
>;

const ARTIFACTS_KEY = '{"artifacts":';

/** Characters JSON.stringify escapes; a string without any is written as itself between quotes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters JSON escapes.
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
const COLLECTED_KEY = ',"collected_at":"';
const DATA_KEY = '","data":';

/**
 * The content text of a leaf laid out exactly as {@link recordBytes} writes it with these column values,
 * cut back out of the leaf without parsing it: `{"artifacts":A,"collected_at":C,"data":D,"id":"H",T}` →
 * `{"artifacts":A,"data":D,T}`. Inside canonical JSON every quote within a string is escaped, so the
 * structural `,"collected_at":` can only be the top-level key. Returns undefined when the leaf is not
 * laid out that way or disagrees with a column; the caller then parses it to say what differs.
 *
 * Verify runs this once per record, so column values JSON writes as themselves (the usual case) are
 * compared in place, from the end of the leaf, without building the expected text.
 */
export function contentOfLeaf(
  leaf: string,
  columns: LeafColumns,
): { content: string; artifacts: string } | undefined {
  const { id, type, source, subject, observed_at, collected_at } = columns;
  if (ESCAPED.test(`${type}${source}${subject}${observed_at}${collected_at}${id}`))
    return contentOfLeafSpliced(leaf, columns);
  if (!leaf.startsWith(ARTIFACTS_KEY) || leaf.charCodeAt(leaf.length - 1) !== 0x7d) return undefined;
  let end = pairBefore(leaf, leaf.length - 1, 'type', type);
  end = pairBefore(leaf, end, 'subject', subject);
  end = pairBefore(leaf, end, 'source', source);
  end = pairBefore(leaf, end, 'observed_at', observed_at);
  const tail = end + 1;
  end = pairBefore(leaf, end, 'id', id);
  if (end < 0) return undefined;
  const dataEnd = end;
  let at = leaf.indexOf(COLLECTED_KEY, ARTIFACTS_KEY.length);
  while (
    at >= 0 &&
    !(
      leaf.startsWith(collected_at, at + COLLECTED_KEY.length) &&
      leaf.startsWith(DATA_KEY, at + COLLECTED_KEY.length + collected_at.length)
    )
  )
    at = leaf.indexOf(COLLECTED_KEY, at + 1);
  const dataStart = at + COLLECTED_KEY.length + collected_at.length + DATA_KEY.length;
  if (at < 0 || dataStart > dataEnd) return undefined;
  const artifacts = leaf.slice(ARTIFACTS_KEY.length, at);
  return {
    content: `${leaf.slice(0, at)},"data":${leaf.slice(dataStart, dataEnd)},${leaf.slice(tail)}`,
    artifacts,
  };
}

/**
 * Where `,"key":"value"` starts when it ends just before `end` in `leaf` (value written as itself), or -1
 * (also for an `end` of -1, so calls chain).
 */
function pairBefore(leaf: string, end: number, key: string, value: string): number {
  const start = end - key.length - value.length - 6;
  return start >= 0 &&
    leaf.startsWith(key, start + 2) &&
    leaf.startsWith(value, start + key.length + 5) &&
    leaf.startsWith(',"', start) &&
    leaf.startsWith('":"', start + key.length + 2) &&
    leaf.charCodeAt(end - 1) === 0x22
    ? start
    : -1;
}

/** {@link contentOfLeaf} for any column values: builds the expected text with JSON.stringify. */
function contentOfLeafSpliced(
  leaf: string,
  columns: LeafColumns,
): { content: string; artifacts: string } | undefined {
  const tail = `"observed_at":${str(columns.observed_at)},"source":${str(columns.source)},"subject":${str(columns.subject)},"type":${str(columns.type)}}`;
  const suffix = `,"id":${str(columns.id)},${tail}`;
  if (!leaf.startsWith(ARTIFACTS_KEY) || !leaf.endsWith(suffix)) return undefined;
  const collected = `,"collected_at":${str(columns.collected_at)},"data":`;
  const at = leaf.indexOf(collected, ARTIFACTS_KEY.length);
  const dataEnd = leaf.length - suffix.length;
  if (at < 0 || at + collected.length > dataEnd) return undefined;
  const artifacts = leaf.slice(ARTIFACTS_KEY.length, at);
  const data = leaf.slice(at + collected.length, dataEnd);
  return { content: `${ARTIFACTS_KEY}${artifacts},"data":${data},${tail}`, artifacts };
}

/** SHA-256 hex of a content text: the record id. */
export const contentId = (content: string): string => hash('sha256', content, 'hex');
