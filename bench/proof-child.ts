/**
 * Child process of the ledger benchmark: `node --import tsx bench/proof-child.ts <dir> <proofs> <warm-up>`.
 * Opens the programme's store as `evident ledger proof` or the server would, takes inclusion proofs of
 * pseudo-random leaves of the whole log and verifies each against the head's root, and prints one JSON
 * line with each proof's latency. In its own process, so the heap and page cache the benchmark built
 * while importing and verifying do not weigh on it.
 */
import { openWorkspace } from '../src/app/workspace.ts';
import { hashLeaf, verifyInclusion } from '../src/ledger/merkle/index.ts';
import { inclusionProof } from '../src/ledger/stored-tree.ts';
import { pseudoRandom } from './pseudo-random.ts';

export type ProofChildReport = {
  size: number;
  /** inclusionProof alone, ms, per measured proof. */
  proofMs: number[];
  /** inclusionProof then verifyInclusion, ms, per measured proof. */
  totalMs: number[];
  failed: number;
  pathLength: number;
};

const [dir, proofs, warmup] = process.argv.slice(2);
if (!dir || !proofs || !warmup) throw new Error('usage: proof-child.ts <dir> <proofs> <warm-up>');
const workspace = await openWorkspace(dir, process.env);
const { store } = workspace;
const head = await store.head();
const root = Buffer.from(head.root, 'hex');
const random = pseudoRandom(9162);
const report: ProofChildReport = { size: head.size, proofMs: [], totalMs: [], failed: 0, pathLength: 0 };
for (let n = 0; n < Number(warmup) + Number(proofs); n++) {
  const index = Math.floor(random() * head.size);
  // The leaf hash comes from the record's own bytes (not timed), so a proof that verifies ties them to the root.
  const [row] = await store.evidencePage(index - 1, 1);
  const leafHash = hashLeaf(Buffer.from(row?.body ?? ''));
  const t0 = performance.now();
  const proof = await inclusionProof(store, index, head.size);
  const t1 = performance.now();
  const ok = verifyInclusion({ index, size: head.size, leafHash, proof, root });
  const t2 = performance.now();
  if (n < Number(warmup)) continue;
  report.proofMs.push(t1 - t0);
  report.totalMs.push(t2 - t0);
  report.pathLength += proof.length;
  if (!ok) report.failed++;
}
await store.close();
console.log(JSON.stringify(report));
