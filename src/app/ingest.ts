import type { EvidenceDraft } from '../core/evidence/envelope.ts';
import { recordBytes } from '../core/evidence/record-bytes.ts';
import { encryptBlob } from '../ledger/blobs/blob-cipher.ts';
import { formatCheckpoint } from '../ledger/checkpoint/checkpoint.ts';
import { signNote } from '../ledger/checkpoint/note.ts';
import { LedgerAppender } from '../ledger/ledger-appender.ts';
import type { EvidenceRow, Store } from '../store/store.ts';
import type { Keyring } from './keyring.ts';

/** One record to ingest, with the raw bytes of any artifact it references that is not stored yet. */
export type IngestItem = { draft: EvidenceDraft; files?: { sha256: string; bytes: Uint8Array }[] };

export type IngestResult = {
  stored: number;
  duplicates: number;
  blobs: number;
  size: number;
  root: string;
  /** The signed checkpoint note written for this batch (absent when nothing new was stored). */
  checkpoint?: string;
  ids: string[];
};

export type Ledger = { store: Store; keyring: Keyring; signerKey: string; origin: string };

export type IngestOptions = {
  now?: () => Date;
  onProgress?: (stored: number) => void;
  keepIds?: boolean;
  /**
   * ONLY for the demo company (src/app/demo/, docs/demo.md): a simulated `collected_at` per record, so
   * a generated year of evidence looks collected as it happened. Imports, collectors and every other
   * surface leave it unset: Evident stamps the time of ingest, and no command line exposes this.
   */
  collectedAt?: (draft: EvidenceDraft) => string;
};

const BATCH = 400;

/**
 * Stores a batch of evidence through the ledger in ONE transaction: every new record becomes a leaf,
 * the tree's stored nodes and head advance, and a signed checkpoint is written; a record already held
 * (same content id) is skipped and counted. If `items` throws, nothing of the batch is stored.
 * `collected_at` is stamped here, never taken from the caller (DESIGN.md §4) — with one exception,
 * {@link IngestOptions.collectedAt}, which only the demo company uses.
 */
export async function ingest(
  ledger: Ledger,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const now = options.now ?? (() => new Date());
  return ledger.store.append(async (tx) => {
    const head = await tx.head();
    const appender = await LedgerAppender.resume(tx, head.size);
    let stored = 0;
    let duplicates = 0;
    let blobs = 0;
    const ids: string[] = [];
    let pending: IngestItem[] = [];

    const flush = async () => {
      if (!pending.length) return;
      const stamped = now().toISOString();
      const prepared = pending.map((item) => {
        const collectedAt = options.collectedAt?.(item.draft) ?? stamped;
        return { item, collectedAt, bytes: recordBytes(item.draft, collectedAt) };
      });
      pending = [];
      const existing = await tx.existingIds(prepared.map((p) => p.bytes.id));
      const rows: EvidenceRow[] = [];
      const nodes = [];
      for (const { item, collectedAt, bytes } of prepared) {
        if (existing.has(bytes.id)) {
          duplicates++;
          continue;
        }
        existing.add(bytes.id);
        for (const file of item.files ?? []) {
          if (
            await tx.putBlob({
              ...encryptBlob(file.bytes, ledger.keyring.current, file.sha256),
              created_at: collectedAt,
            })
          ) {
            blobs++;
          }
        }
        const seq = appender.size;
        const appended = appender.append(bytes.leaf);
        nodes.push(...appended.nodes);
        const d = item.draft;
        rows.push({
          seq,
          id: bytes.id,
          type: d.type,
          source: d.source,
          subject: d.subject,
          observed_at: d.observed_at,
          collected_at: collectedAt,
          leaf_hash: appended.leafHash,
          body: bytes.leaf,
        });
        if (options.keepIds !== false) ids.push(bytes.id);
      }
      await tx.insertEvidence(rows);
      await tx.insertNodes(nodes);
      stored += rows.length;
      options.onProgress?.(stored);
    };

    for await (const item of items) {
      pending.push(item);
      if (pending.length >= BATCH) await flush();
    }
    await flush();

    const root = appender.root().toString('hex');
    if (!stored) return { stored, duplicates, blobs, size: head.size, root: head.root, ids };
    await tx.setHead({ size: appender.size, root });
    const body = formatCheckpoint({ origin: ledger.origin, size: appender.size, root: appender.root() });
    const checkpoint = signNote(body, ledger.signerKey);
    await tx.insertCheckpoint({
      size: appender.size,
      root,
      note: checkpoint,
      created_at: now().toISOString(),
    });
    return { stored, duplicates, blobs, size: appender.size, root, checkpoint, ids };
  });
}
