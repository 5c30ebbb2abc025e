import { type EvidenceDraft, validateDraft } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { type IngestItem, ingest, type Ledger } from '../ingest.ts';
import { collectionTime } from './collection-time.ts';
import { ReorderBuffer } from './reorder-buffer.ts';
import { generateCompanyWorkload } from './workload/generate-company-workload.ts';
import type { ChunkSink } from './workload/line-writer.ts';
import type { WorkloadOptions, WorkloadStats } from './workload/workload-types.ts';

const DAY_MS = 86_400_000;

export type WorkloadIngest = {
  stats: WorkloadStats;
  stored: number;
  /** Changes that change-approval fails (approved only by the author, or CI failed). */
  unapprovedChanges: number;
};

/** The rule of change-approval (src/engine/tests/change-approval.ts), to tell whether one was planted. */
const unapproved = (draft: EvidenceDraft): boolean => {
  if (draft.type !== 'change') return false;
  const change = draft.data as Payload<'change'>;
  const author = change.author.toLowerCase();
  return !change.approvers.some((a) => a.toLowerCase() !== author) || !change.ci_passed;
};

/**
 * Generates the workload and stores it through the ledger as if collected while it happened: each
 * record gets its simulated collection time (collection-time.ts), records enter the ledger in that
 * order, and each month of collection is one ingest (one transaction, one signed checkpoint). The
 * generator writes day by day, so once it has written a record of some day, no record of an event more
 * than a day earlier can follow, and everything collected before then can be stored.
 */
export async function ingestWorkload(
  ledger: Ledger,
  options: WorkloadOptions & { notAfter: number; onStored?: (stored: number, month: string) => void },
): Promise<WorkloadIngest> {
  const collectedAt = (draft: EvidenceDraft) => collectionTime(draft, options.notAfter);
  const buffer = new ReorderBuffer<{ item: IngestItem; at: string }>();
  let month = '';
  let batch: IngestItem[] = [];
  let stored = 0;
  let unapprovedChanges = 0;
  let latest = '';

  const store = async () => {
    if (!batch.length) return;
    const result = await ingest(ledger, batch, { keepIds: false, collectedAt });
    stored += result.stored;
    batch = [];
    options.onStored?.(stored, month);
  };
  const take = async ({ item, at }: { item: IngestItem; at: string }) => {
    if (at.slice(0, 7) !== month) await store();
    month = at.slice(0, 7);
    batch.push(item);
  };
  const sink: ChunkSink = {
    async write(text) {
      for (const line of text.split('\n')) {
        if (!line) continue;
        const checked = validateDraft(JSON.parse(line));
        if (checked.problems)
          throw new Error(
            `the workload generator wrote an invalid record: ${JSON.stringify(checked.problems)}`,
          );
        const draft = checked.draft;
        if (unapproved(draft)) unapprovedChanges++;
        if (draft.observed_at > latest) latest = draft.observed_at;
        const at = collectedAt(draft);
        buffer.push(at, { item: { draft }, at });
      }
      for (const next of buffer.release(new Date(Date.parse(latest) - DAY_MS).toISOString()))
        await take(next);
    },
    async end() {
      for (const next of buffer.release()) await take(next);
      await store();
    },
  };
  const { notAfter: _notAfter, onStored: _onStored, ...workload } = options;
  const stats = await generateCompanyWorkload(sink, workload);
  return { stats, stored, unapprovedChanges };
}
