import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consistencyProof, consistencyRanges, verifyConsistency } from './consistency.ts';
import { Frontier } from './frontier.ts';
import { EMPTY_ROOT, hashChildren, hashLeaf } from './hash.ts';
import { inclusionProof, inclusionRanges, verifyInclusion } from './inclusion.ts';
import { rangeHash, subtreeRange } from './ranges.ts';
import { rootOf } from './root.ts';
import { consistencyAlsoProves, flipBit, inclusionAlsoProves } from './test-tree.ts';
import {
  ARGON_2020,
  CONSISTENCY_PROOFS,
  CT_LOG_INCLUSION,
  EMPTY_TREE_ROOT,
  INCLUSION_PROOFS,
  LEAF_HASHES,
  LEAF_INPUTS,
  NODE_HASHES,
  ROOTS,
} from './vectors.ts';

const hex = (s: string) => Buffer.from(s, 'hex');
const b64 = (s: string) => Buffer.from(s, 'base64');
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const leaves = LEAF_INPUTS.map((s) => hashLeaf(hex(s)));
const rootAt = (n: number) => hex(ROOTS[n - 1]!);
/** The stored-subtree reader over the eight published leaves. */
const stored = (level: number, index: number) => {
  const { start, end } = subtreeRange(level, index);
  assert.ok(end <= leaves.length);
  return rootOf(leaves.slice(start, end));
};

describe('published RFC 6962 test vectors', () => {
  it('hashes leaves, nodes and the empty tree as published', () => {
    assert.equal(toHex(EMPTY_ROOT), EMPTY_TREE_ROOT);
    assert.equal(toHex(rootOf([])), EMPTY_TREE_ROOT);
    assert.equal(toHex(new Frontier().root()), EMPTY_TREE_ROOT);
    for (const v of LEAF_HASHES) assert.equal(toHex(hashLeaf(hex(v.input))), v.hash);
    for (const v of NODE_HASHES) assert.equal(toHex(hashChildren(hex(v.left), hex(v.right))), v.hash);
  });

  it('computes MTH(D[n]) for n = 1..8 by every route', () => {
    const frontier = new Frontier();
    for (let n = 1; n <= 8; n++) {
      frontier.append(leaves[n - 1]!);
      const want = ROOTS[n - 1];
      assert.equal(toHex(rootOf(leaves.slice(0, n))), want, `rootOf, size ${n}`);
      assert.equal(toHex(rangeHash({ start: 0, end: n }, stored)), want, `rangeHash, size ${n}`);
      assert.equal(toHex(frontier.root()), want, `Frontier, size ${n}`);
    }
  });

  it('produces and verifies every published inclusion proof', () => {
    for (const v of INCLUSION_PROOFS) {
      const at = `leaf ${v.index} of ${v.size}`;
      assert.deepEqual(inclusionProof(v.index, v.size, stored).map(toHex), v.proof, at);
      assert.equal(inclusionRanges(v.index, v.size).length, v.proof.length, at);
      const check = {
        index: v.index,
        size: v.size,
        leafHash: leaves[v.index]!,
        proof: v.proof.map(hex),
        root: rootAt(v.size),
      };
      assert.ok(verifyInclusion(check), at);
      // The corruptions transparency-dev applies to the same vectors.
      assert.ok(!verifyInclusion({ ...check, leafHash: hashLeaf(Buffer.from('WrongLeaf')) }), at);
      assert.ok(!verifyInclusion({ ...check, root: EMPTY_ROOT }), at);
      assert.ok(!verifyInclusion({ ...check, proof: [...check.proof, check.root] }), at);
      assert.ok(!verifyInclusion({ ...check, proof: [check.root, ...check.proof] }), at);
      assert.ok(!verifyInclusion({ ...check, size: check.size * 2 }), at);
      if (check.index > 0) assert.ok(!verifyInclusion({ ...check, index: check.index - 1 }), at);
      if (check.index + 1 < check.size) assert.ok(!verifyInclusion({ ...check, index: check.index + 1 }), at);
      check.proof.forEach((_, i) => {
        const proof = check.proof.map((p, j) => (j === i ? flipBit(p, 0, 3) : p));
        assert.ok(!verifyInclusion({ ...check, proof }), `${at}, proof[${i}] modified`);
      });
    }
  });

  it('produces and verifies every published consistency proof', () => {
    for (const v of CONSISTENCY_PROOFS) {
      const at = `${v.oldSize} -> ${v.newSize}`;
      assert.deepEqual(consistencyProof(v.oldSize, v.newSize, stored).map(toHex), v.proof, at);
      assert.equal(consistencyRanges(v.oldSize, v.newSize).length, v.proof.length, at);
      const check = {
        oldSize: v.oldSize,
        newSize: v.newSize,
        oldRoot: rootAt(v.oldSize),
        newRoot: rootAt(v.newSize),
        proof: v.proof.map(hex),
      };
      assert.ok(verifyConsistency(check), at);
      if (check.proof.length === 0) continue;
      assert.ok(!verifyConsistency({ ...check, oldRoot: check.newRoot, newRoot: check.oldRoot }), at);
      assert.ok(!verifyConsistency({ ...check, proof: [] }), at);
      assert.ok(!verifyConsistency({ ...check, proof: check.proof.slice(0, -1) }), at);
      assert.ok(!verifyConsistency({ ...check, proof: [...check.proof, check.newRoot] }), at);
      assert.ok(!verifyConsistency({ ...check, proof: [check.proof[0]!, ...check.proof] }), at);
      assert.ok(!verifyConsistency({ ...check, newSize: check.newSize * 2 }), at);
      check.proof.forEach((_, i) => {
        const proof = check.proof.map((p, j) => (j === i ? flipBit(p, 0, 4) : p));
        assert.ok(!verifyConsistency({ ...check, proof }), `${at}, proof[${i}] modified`);
      });
    }
  });

  it('proves every leaf and every earlier size of the eight-leaf tree against the published roots', () => {
    for (let n = 1; n <= 8; n++) {
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(i, n, stored);
        assert.ok(verifyInclusion({ index: i, size: n, leafHash: leaves[i]!, proof, root: rootAt(n) }));
      }
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(m, n, stored);
        assert.ok(
          verifyConsistency({ oldSize: m, newSize: n, oldRoot: rootAt(m), newRoot: rootAt(n), proof }),
        );
      }
    }
  });

  it('verifies an audit path from a production CT log', () => {
    const v = CT_LOG_INCLUSION;
    const check = {
      index: v.index,
      size: v.size,
      leafHash: hex(v.leafHash),
      proof: v.proof.map(hex),
      root: hex(v.root),
    };
    assert.equal(inclusionRanges(v.index, v.size).length, v.proof.length);
    assert.ok(verifyInclusion(check));
    assert.ok(!verifyInclusion({ ...check, root: Buffer.alloc(32) }));
    assert.ok(!verifyInclusion({ ...check, index: v.index + 1 }));
    // The python suite's "too short" probe: an index whose path would be two levels longer.
    assert.ok(!verifyInclusion({ ...check, index: v.index + 2 ** (v.proof.length + 1) }));
  });

  it('verifies the Argon 2020 inclusion and consistency proofs from Go sumdb/tlog', () => {
    const v = ARGON_2020;
    const root = b64(v.root);
    const inclusion = {
      index: v.index,
      size: v.size,
      leafHash: hashLeaf(b64(v.leafInput)),
      proof: v.auditPath.map(b64),
      root,
    };
    assert.equal(inclusionRanges(v.index, v.size).length, v.auditPath.length);
    assert.ok(verifyInclusion(inclusion));
    const consistency = {
      oldSize: v.oldSize,
      newSize: v.size,
      oldRoot: b64(v.oldRoot),
      newRoot: root,
      proof: v.consistency.map(b64),
    };
    assert.equal(consistencyRanges(v.oldSize, v.size).length, v.consistency.length);
    assert.ok(verifyConsistency(consistency));
    for (let i = 0; i < v.auditPath.length; i++) {
      const proof = inclusion.proof.map((p, j) => (j === i ? flipBit(p, i % 32, i % 8) : p));
      assert.ok(!verifyInclusion({ ...inclusion, proof }), `audit_path[${i}] modified`);
    }
    for (let i = 0; i < v.consistency.length; i++) {
      const proof = consistency.proof.map((p, j) => (j === i ? flipBit(p, i % 32, i % 8) : p));
      assert.ok(!verifyConsistency({ ...consistency, proof }), `consistency[${i}] modified`);
    }
    // A tree head's size is authenticated by its signature, not by the proof: for a leaf far from
    // the right edge, size - 1 gives the same path shape and verifies too, size * 2 does not.
    for (const size of [v.size - 1, v.size + 1, v.size * 2]) {
      const expected = inclusionAlsoProves(v.index, v.size, v.index, size);
      assert.equal(verifyInclusion({ ...inclusion, size }), expected, `size ${size}`);
    }
    assert.ok(!verifyInclusion({ ...inclusion, size: v.size * 2 }));
    for (const [oldSize, newSize] of [
      [v.oldSize + 1, v.size],
      [v.oldSize - 1, v.size],
      [v.oldSize, v.size - 1],
      [v.oldSize, v.size * 2],
    ] as const) {
      const expected = consistencyAlsoProves(v.oldSize, v.size, oldSize, newSize);
      assert.equal(
        verifyConsistency({ ...consistency, oldSize, newSize }),
        expected,
        `${oldSize} -> ${newSize}`,
      );
    }
    assert.ok(!verifyConsistency({ ...consistency, oldSize: v.oldSize + 1 }));
  });
});
