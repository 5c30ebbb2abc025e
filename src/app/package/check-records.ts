import { createHash } from 'node:crypto';
import { contentIdOf } from '../../core/evidence/record-bytes.ts';
import type { Checkpoint } from '../../ledger/checkpoint/index.ts';
import { hashLeaf, verifyInclusion } from '../../ledger/merkle/index.ts';
import { PACKAGE } from './package-layout.ts';
import { type PackageProblem, parseJsonAs } from './package-problem.ts';
import { PackagedRecordSchema } from './package-schemas.ts';

type Leaf = {
  id?: unknown;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  data: unknown;
  artifacts?: { sha256: string; name?: string }[];
};

/**
 * Each record of `evidence/records.jsonl`: its leaf hash recomputed from the leaf bytes, its inclusion
 * proof folded to the signed checkpoint's root (RFC 9162 §2.1.3.2), its id recomputed from its content,
 * and each artifact it names present with the bytes that hash to its address. Returns the ids checked.
 */
export function checkRecords(
  text: string,
  files: ReadonlyMap<string, Buffer>,
  checkpoint: Checkpoint,
  problems: PackageProblem[],
): Map<string, { subject: string; type: string; source: string; data: unknown }> {
  const proven = new Map<string, { subject: string; type: string; source: string; data: unknown }>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [n, line] of lines.entries()) {
    const file = `${PACKAGE.records} line ${n + 1}`;
    const r = parseJsonAs(PackagedRecordSchema, line, file, problems);
    if (!r) continue;
    const at = `${file} (record ${r.id.slice(0, 12)})`;
    const leafHash = hashLeaf(Buffer.from(r.leaf, 'utf8'));
    if (leafHash.toString('hex') !== r.leaf_hash) {
      problems.push({
        file: at,
        problem: `leaf hashes to ${leafHash.toString('hex')}, not to ${r.leaf_hash}`,
      });
      continue;
    }
    const included =
      r.index < checkpoint.size &&
      verifyInclusion({
        index: r.index,
        size: checkpoint.size,
        leafHash,
        proof: r.proof.map((p) => Buffer.from(p, 'hex')),
        root: checkpoint.root,
      });
    if (!included) {
      problems.push({
        file: at,
        problem: `inclusion proof of leaf ${r.index} does not lead to the checkpoint root`,
      });
      continue;
    }
    let leaf: Leaf;
    try {
      leaf = JSON.parse(r.leaf) as Leaf;
    } catch {
      problems.push({ file: at, problem: 'leaf is not JSON' });
      continue;
    }
    const id = contentIdOf({ ...leaf, artifacts: leaf.artifacts ?? [] } as Parameters<typeof contentIdOf>[0]);
    if (id !== r.id || leaf.id !== r.id) {
      problems.push({ file: at, problem: `content hashes to ${id}; the record says ${r.id}` });
      continue;
    }
    for (const a of leaf.artifacts ?? []) {
      const path = `${PACKAGE.artifactsDir}${a.sha256}`;
      const bytes = files.get(path);
      if (!bytes)
        problems.push({ file: path, problem: `artifact of record ${r.id.slice(0, 12)} is missing` });
      else if (createHash('sha256').update(bytes).digest('hex') !== a.sha256)
        problems.push({
          file: path,
          problem: `does not hash to its address (artifact of record ${r.id.slice(0, 12)})`,
        });
    }
    proven.set(r.id, { subject: leaf.subject, type: leaf.type, source: leaf.source, data: leaf.data });
  }
  return proven;
}
