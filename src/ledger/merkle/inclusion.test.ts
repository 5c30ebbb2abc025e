import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EMPTY_ROOT, hashLeaf } from './hash.ts';
import { type InclusionCheck, inclusionProof, inclusionRanges, verifyInclusion } from './inclusion.ts';
import { isNodeRange, type Range } from './ranges.ts';
import { flipBit, inclusionAlsoProves, TestTree } from './test-tree.ts';

const N = 128;
/** Up to this size every bit-flip position is tried on every element; above it, a rotation. */
const FULL_FLIP_SIZE = 16;
const tree = new TestTree(N);

type Case = InclusionCheck & { proof: Buffer[]; ranges: Range[] };

/** Every (leaf, size) of every tree size 1..N, with its proof built from stored subtrees. */
const cases: Case[] = [];
for (let size = 1; size <= N; size++) {
  const root = tree.mth({ start: 0, end: size });
  for (let index = 0; index < size; index++) {
    const ranges = inclusionRanges(index, size);
    const proof = inclusionProof(index, size, tree.reader({ start: 0, end: size }));
    cases.push({ index, size, leafHash: tree.leaves[index]!, proof, root, ranges });
  }
}

const label = (c: InclusionCheck) => `leaf ${c.index} of ${c.size}`;

describe(`inclusion proofs, every leaf of every tree size 1..${N}`, () => {
  it('are built from node ranges that, with the leaf, partition the tree', () => {
    assert.equal(cases.length, (N * (N + 1)) / 2);
    for (const c of cases) {
      const pieces = [...c.ranges, { start: c.index, end: c.index + 1 }].sort((a, b) => a.start - b.start);
      let position = 0;
      for (const r of pieces) {
        assert.ok(isNodeRange(r), label(c));
        assert.equal(r.start, position, label(c));
        position = r.end;
      }
      assert.equal(position, c.size, label(c));
      // Bottom-up: each sibling is at least as wide as the one before it.
      for (let j = 1; j < c.ranges.length; j++) {
        const prev = c.ranges[j - 1]!;
        const cur = c.ranges[j]!;
        assert.ok(cur.end - cur.start >= prev.end - prev.start || cur.end === c.size, label(c));
      }
    }
  });

  it('hash each range to the recursive MTH of its leaves, and verify', () => {
    for (const c of cases) {
      c.ranges.forEach((r, j) => {
        assert.deepEqual(c.proof[j], tree.mth(r), `${label(c)}, range ${j}`);
      });
      assert.ok(verifyInclusion(c), label(c));
    }
  });

  it('fail after any single-bit change to a proof element, the root or the leaf hash', () => {
    // Every element of every proof is flipped. Up to FULL_FLIP_SIZE, at every byte position;
    // above it, at one byte position per element that rotates with the leaf index, so across the
    // leaves of each tree every byte position of every element slot is hit.
    const covered = { proof: new Set<number>(), root: new Set<number>(), leaf: new Set<number>() };
    let flips = 0;
    for (const c of cases) {
      const elements = [...c.proof, c.root, c.leafHash];
      for (let e = 0; e < elements.length; e++) {
        const kind = e < c.proof.length ? 'proof' : e === c.proof.length ? 'root' : 'leaf';
        const bytes = c.size <= FULL_FLIP_SIZE ? [...Array(32).keys()] : [(c.index + 11 * e) % 32];
        for (const byte of bytes) {
          const flipped = flipBit(elements[e]!, byte, (byte + e + c.index) % 8);
          const check =
            kind === 'proof'
              ? { ...c, proof: c.proof.map((p, j) => (j === e ? flipped : p)) }
              : kind === 'root'
                ? { ...c, root: flipped }
                : { ...c, leafHash: flipped };
          assert.ok(!verifyInclusion(check), `${label(c)}, element ${e}, byte ${byte}`);
          covered[kind].add(byte);
          flips++;
        }
      }
    }
    for (const set of Object.values(covered)) assert.equal(set.size, 32);
    // Every element of every proof was flipped at least once, and every byte of each in small trees.
    const expected = cases.reduce(
      (n, c) => n + (c.proof.length + 2) * (c.size <= FULL_FLIP_SIZE ? 32 : 1),
      0,
    );
    assert.equal(flips, expected);
  });

  it('verify for another index or size exactly when the path has the same shape', () => {
    let sameShape = 0;
    for (const c of cases) {
      const { index: i, size: n } = c;
      const others: [number, number][] = [
        [i - 1, n],
        [i + 1, n],
        [n, n],
        [i, n - 1],
        [i, n + 1],
        [i, 2 * n],
        [i + n, 2 * n],
      ];
      for (const [index, size] of others) {
        const expected = inclusionAlsoProves(i, n, index, size);
        // For a fixed size, the path's shape pins down the leaf.
        if (size === n) assert.ok(!expected || index === i);
        assert.equal(
          verifyInclusion({ ...c, index, size }),
          expected,
          `${label(c)} as leaf ${index} of ${size}`,
        );
        if (expected) sameShape++;
      }
    }
    // The size is authenticated by the signed tree head, not the path: some do verify.
    assert.ok(sameShape > 0);
  });

  it('fail when truncated, extended, padded or with malformed elements', () => {
    const zero = Buffer.alloc(32);
    for (const c of cases) {
      const variants: Uint8Array[][] = [
        [...c.proof, zero],
        [c.root, ...c.proof],
      ];
      if (c.proof.length > 0) {
        variants.push(c.proof.slice(0, -1), c.proof.slice(1));
        variants.push(c.proof.map((p, j) => (j === 0 ? p.subarray(0, 31) : p)));
        variants.push(
          c.proof.map((p, j) => (j === c.proof.length - 1 ? Buffer.concat([p, zero.subarray(0, 1)]) : p)),
        );
      }
      for (const proof of variants) assert.ok(!verifyInclusion({ ...c, proof }), label(c));
    }
  });
});

describe('verifyInclusion on bad input', () => {
  const c = cases.find((x) => x.size === 6 && x.index === 4)!;

  it('returns false, never throws', () => {
    const bad: unknown[] = [
      { ...c, index: -1 },
      { ...c, index: 6 },
      { ...c, index: 1.5 },
      { ...c, index: Number.NaN },
      { ...c, index: '4' },
      { ...c, index: 4n },
      { ...c, size: 0 },
      { ...c, size: Number.POSITIVE_INFINITY },
      { ...c, size: 2 ** 53 },
      { ...c, size: undefined },
      { ...c, leafHash: c.leafHash.subarray(0, 31) },
      { ...c, leafHash: Buffer.concat([c.leafHash, Buffer.alloc(1)]) },
      { ...c, leafHash: Buffer.from(c.leafHash).toString('hex') },
      { ...c, root: Buffer.alloc(0) },
      { ...c, root: null },
      { ...c, proof: null },
      { ...c, proof: 'not a proof' },
      { ...c, proof: [c.proof[0], undefined] },
      { ...c, proof: [c.proof[0], c.proof[1]!.toString('hex')] },
      { ...c, proof: Array.from({ length: 1_000_000 }, () => c.proof[0]) },
      {
        ...c,
        get proof(): never {
          throw new Error('hostile getter');
        },
      },
      null,
      undefined,
      {},
    ];
    for (const input of bad) assert.equal(verifyInclusion(input as InclusionCheck), false);
    // The untouched original still verifies, so the probes above failed for their own reasons.
    assert.ok(verifyInclusion(c));
  });

  it('stops reading an over-long proof once the tree runs out of levels (RFC 9162 §2.1.3.2 step 4a)', () => {
    let reads = 0;
    const long = Array.from({ length: 1_000_000 }, () => c.proof[0]!);
    const proof = new Proxy(long, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    assert.equal(verifyInclusion({ ...c, proof }), false);
    assert.ok(reads <= c.proof.length + 1, `${reads} elements read`);
  });

  it('accepts a one-leaf tree only with an empty proof and root = leaf hash (RFC 9162 §2.1.3.2)', () => {
    const leafHash = hashLeaf(Buffer.from('data'));
    assert.ok(verifyInclusion({ index: 0, size: 1, leafHash, proof: [], root: leafHash }));
    assert.ok(!verifyInclusion({ index: 0, size: 1, leafHash, proof: [], root: EMPTY_ROOT }));
    assert.ok(!verifyInclusion({ index: 0, size: 1, leafHash, proof: [leafHash], root: leafHash }));
    assert.ok(!verifyInclusion({ index: 0, size: 0, leafHash, proof: [], root: leafHash }));
  });

  it('inclusionRanges refuses leaves outside the tree', () => {
    for (const [index, size] of [
      [0, 0],
      [5, 5],
      [-1, 3],
      [0.5, 3],
      [0, 2 ** 53],
    ] as const) {
      assert.throws(() => inclusionRanges(index, size), RangeError);
    }
  });
});

describe('inclusionRanges at any size up to 2^53', () => {
  it('partitions the tree around the leaf with at most 53 node ranges', () => {
    const sizeAndIndex = fc
      .integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
      .chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 })));
    fc.assert(
      fc.property(sizeAndIndex, ([size, index]) => {
        const ranges = inclusionRanges(index, size);
        assert.ok(ranges.length <= 53);
        const pieces = [...ranges, { start: index, end: index + 1 }].sort((a, b) => a.start - b.start);
        let position = 0;
        for (const r of pieces) {
          assert.ok(isNodeRange(r));
          assert.equal(r.start, position);
          position = r.end;
        }
        assert.equal(position, size);
      }),
      { numRuns: 500 },
    );
  });
});
