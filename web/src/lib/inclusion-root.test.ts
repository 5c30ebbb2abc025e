/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  hashLeaf,
  inclusionProof,
  rootOf,
  type SubtreeReader,
  subtreeRange,
  verifyInclusion,
} from '../../../src/ledger/merkle/index.ts';
import { equalBytes } from './bytes.ts';
import { inclusionRoot } from './inclusion-root.ts';

function tree(size: number) {
  const leaves = Array.from({ length: size }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)));
  const reader: SubtreeReader = (level, index) => {
    const r = subtreeRange(level, index);
    return rootOf(leaves.slice(r.start, r.end));
  };
  return { leaves, root: rootOf(leaves), proof: (index: number) => inclusionProof(index, size, reader) };
}

describe('folding an audit path to a root (RFC 9162 §2.1.3.2)', () => {
  it('leads every leaf of every tree of 1 to 64 leaves to the root', async () => {
    for (let size = 1; size <= 64; size++) {
      const t = tree(size);
      for (let index = 0; index < size; index++) {
        const root = await inclusionRoot({ index, size, leafHash: t.leaves[index]!, proof: t.proof(index) });
        assert.ok(root && equalBytes(root, t.root), `leaf ${index} of ${size}`);
      }
    }
  });

  it('agrees with the ledger’s own verifier on honest and tampered paths', async () => {
    const big = tree(200);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('honest', 'other-index', 'other-size', 'drop-last', 'extra', 'swap'),
        async (size, i, j, change) => {
          const t = size === 200 ? big : tree(size);
          const index = i % size;
          let proof: Uint8Array[] = t.proof(index);
          let atIndex = index;
          let atSize = size;
          if (change === 'other-index') atIndex = j % size;
          if (change === 'other-size') atSize = 1 + (j % 256);
          if (change === 'drop-last') proof = proof.slice(0, -1);
          if (change === 'extra') proof = [...proof, t.leaves[j % size]!];
          if (change === 'swap' && proof.length > 1) proof = [proof[1]!, proof[0]!, ...proof.slice(2)];
          const check = { index: atIndex, size: atSize, leafHash: t.leaves[index]!, proof };
          const root = await inclusionRoot(check);
          const ours = root !== undefined && equalBytes(root, t.root);
          assert.equal(ours, verifyInclusion({ ...check, root: t.root }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses indices outside the tree and hashes of the wrong length', async () => {
    const t = tree(5);
    const leafHash = t.leaves[0]!;
    assert.equal(await inclusionRoot({ index: 5, size: 5, leafHash, proof: t.proof(0) }), undefined);
    assert.equal(await inclusionRoot({ index: -1, size: 5, leafHash, proof: t.proof(0) }), undefined);
    assert.equal(
      await inclusionRoot({ index: 0, size: 5, leafHash: leafHash.subarray(1), proof: t.proof(0) }),
      undefined,
    );
    const short = t.proof(0).map((p, k) => (k === 0 ? p.subarray(0, 31) : p));
    assert.equal(await inclusionRoot({ index: 0, size: 5, leafHash, proof: short }), undefined);
  });
});
