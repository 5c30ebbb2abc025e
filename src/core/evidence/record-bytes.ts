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
const COLLECTED_KEY = ',"collected_at":"';
const DATA_KEY = '","data":';

/** The fields a leaf ends with, after `data`, in the order {@link recordBytes} writes them (JCS order). */
const LEAF_TAIL_FIELDS = ['id', 'observed_at', 'source', 'subject', 'type'] as const;
type LeafTailField = (typeof LEAF_TAIL_FIELDS)[number];

/**
 * The text a leaf ends with when its tail fields hold these values written as themselves (no escapes):
 * `,"id":"…","observed_at":"…","source":"…","subject":"…","type":"…"}`, as separator and field pairs
 * and a closing text, so a store can have its database build the same text from its columns.
 */
export const LEAF_SUFFIX = {
  parts: LEAF_TAIL_FIELDS.map((field, i) => [`${i ? '"' : ''},"${field}":"`, field] as const),
  end: '"}',
};

/** {@link LEAF_SUFFIX} for these values, as they are (the caller escapes nothing). */
export function leafSuffix(values: Pick<LeafColumns, LeafTailField>): string {
  let text = '';
  for (const [separator, field] of LEAF_SUFFIX.parts) text += `${separator}${values[field]}`;
  return text + LEAF_SUFFIX.end;
}

/**
 * A {@link leafSuffix} text whose values hold no quote and no backslash: the only characters that, written
 * as themselves, could read differently inside a JSON string. (Control characters and lone surrogates
 * are never written as themselves in canonical JSON, so a leaf never ends with a text holding them.)
 */
const PLAIN_SUFFIX = new RegExp(
  `^${LEAF_SUFFIX.parts.map(([separator]) => `${separator}[^"\\\\]*`).join('')}"}$`,
);
const PLAIN = /^[^"\\]*$/;
/** Where the id's value starts in a {@link leafSuffix} text. */
const ID_AT = (LEAF_SUFFIX.parts[0] as readonly [string, string])[0].length;

/** What {@link contentOfLeafText} cuts out of a leaf. */
export type LeafContent = { content: string; artifacts: string; id: string };

/**
 * The content text of a leaf laid out exactly as {@link recordBytes} writes it, cut back out of the leaf
 * without parsing it, given the text the leaf must end with (`suffix`, see {@link leafSuffix}) and its
 * collection time: `{"artifacts":A,"collected_at":C,"data":D,"id":"H",T}` → `{"artifacts":A,"data":D,T}`,
 * with the id H it ends with. Inside canonical JSON every quote within a string is escaped, so the
 * structural `,"collected_at":` is a top-level key. Returns undefined when a value would need escaping,
 * or the leaf is not laid out that way or disagrees with a value: {@link contentOfLeaf} then decides.
 *
 * Verify runs this once per record; SQLite builds `suffix` from the columns as it reads them.
 */
export function contentOfLeafText(
  leaf: string,
  suffix: string,
  collectedAt: string,
): LeafContent | undefined {
  if (!leaf.endsWith(suffix) || !leaf.startsWith(ARTIFACTS_KEY)) return undefined;
  if (!PLAIN_SUFFIX.test(suffix) || !PLAIN.test(collectedAt)) return undefined;
  const dataEnd = leaf.length - suffix.length;
  let at = leaf.indexOf(COLLECTED_KEY, ARTIFACTS_KEY.length);
  while (
    at >= 0 &&
    !(
      leaf.startsWith(collectedAt, at + COLLECTED_KEY.length) &&
      leaf.startsWith(DATA_KEY, at + COLLECTED_KEY.length + collectedAt.length)
    )
  )
    at = leaf.indexOf(COLLECTED_KEY, at + 1);
  // `at + 1` skips the quote that closes collected_at, so the kept text starts at `,"data":`.
  const dataFrom = at + COLLECTED_KEY.length + collectedAt.length + 1;
  if (at < 0 || dataFrom + DATA_KEY.length - 1 > dataEnd) return undefined;
  const idEnd = suffix.indexOf('"', ID_AT);
  return {
    content: `${leaf.slice(0, at)}${leaf.slice(dataFrom, dataEnd)}${leaf.slice(dataEnd + idEnd + 1)}`,
    artifacts: leaf.slice(ARTIFACTS_KEY.length, at),
    id: suffix.slice(ID_AT, idEnd),
  };
}

/**
 * The content text of a leaf laid out exactly as {@link recordBytes} writes it with these column values,
 * cut back out of the leaf without parsing it (see {@link contentOfLeafText}); undefined when the leaf
 * is not laid out that way or disagrees with a column. The caller then parses it to say what differs.
 */
export function contentOfLeaf(
  leaf: string,
  columns: LeafColumns,
): { content: string; artifacts: string } | undefined {
  return (
    contentOfLeafText(leaf, leafSuffix(columns), columns.collected_at) ?? contentOfLeafSpliced(leaf, columns)
  );
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
