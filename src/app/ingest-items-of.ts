import { createHash } from 'node:crypto';
import type { CollectedItem } from '../collectors/kit/define-collector.ts';
import { validateDraft } from '../core/evidence/envelope.ts';
import type { IngestItem } from './ingest.ts';

/** Turns what a collector returned into ingestable records, or says which item is invalid and why. */
export function ingestItemsOf(source: string, items: readonly CollectedItem[]): IngestItem[] {
  return items.map((item, i) => {
    const files = (item.files ?? []).map((f) => ({
      ...f,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
    }));
    const checked = validateDraft({
      ...item.draft,
      source,
      artifacts: files.map((f) => ({
        name: f.name,
        sha256: f.sha256,
        size: f.bytes.length,
        ...(f.media_type ? { media_type: f.media_type } : {}),
      })),
    });
    if (checked.problems) {
      const what = checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      throw new Error(`item ${i + 1} (${item.draft.type}) is not valid evidence: ${what}`);
    }
    return { draft: checked.draft, files: files.map((f) => ({ sha256: f.sha256, bytes: f.bytes })) };
  });
}
