import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type ConsistencyCheck,
  consistencyProof,
  consistencyRanges,
  verifyConsistency,
} from './consistency.ts';
import { EMPTY_ROOT, hashChildren, hashLeaf } from './hash.ts';
import { isNodeRange, isPowerOfTwo, type Range, rangeHash } from './ranges.ts';
import { consistencyAlsoProves, flipBit, TestTree } from './test-tree.ts';

const N = 128;
/** Up to this new size every bit-flip position is tried on every element; above it, a rotation. */
const FULL_FLIP_SIZE = 16;
const tree = new TestTree(N);
const rootAt = (size: number) => tree.mth({ start: 0, end: size });

type Case = ConsistencyCheck & { proof: Buffer[]; ranges: Range[] };

/** Every pair 1 <= oldSize <= newSize <= N, with the proof built from stored subtrees. */
const cases: Case[] = [];
for (let newSize = 1; newSize <= N; newSize++) {
  for (let oldSize = 1; oldSize <= newSize; oldSize++) {
    const ranges = consistencyRanges(oldSize, newSize);
    const proof = consistencyProof(oldSize, newSize, tree.reader({ start: 0, end: newSize }));
    cases.push({ oldSize, newSize, oldRoot: rootAt(oldSize), newRoot: rootAt(newSize), proof, ranges });
  }
}

const label = (c: ConsistencyCheck) => `${c.oldSize} -> ${c.newSize}`;

describe(`consistency proofs, every pair of sizes 1 <= m <= n <= ${N}`, () => {
  it('are node ranges that, with D[0:m] when the RFC omits it, partition the new tree', () => {
    assert.equal(cases.length, (N * (N + 1)) / 2);
    for (const c of cases) {
      if (c.oldSize === c.newSize) {
        assert.deepEqual(c.ranges, [], label(c));
        continue;
      }
      // §2.1.4.1: MTH(D[0:m]) is left out exactly when D[0:m] is a complete subtree of D[n].
      const omitted = isPowerOfTwo(c.oldSize);
      assert.equal(
        c.ranges.some((r) => r.start === 0 && r.end === c.oldSize),
        false,
        `${label(c)}: the old root itself is never a proof element`,
      );
      const pieces = [...c.ranges];
      if (omitted) pieces.push({ start: 0, end: c.oldSize });
      pieces.sort((a, b) => a.start - b.start);
      let position = 0;
      for (const r of pieces) {
        assert.ok(isNodeRange(r), label(c));
        assert.equal(r.start, position, label(c));
        // No range straddles the old size: each lies wholly in the old tree or wholly after it.
        assert.ok(r.end <= c.oldSize || r.start >= c.oldSize, label(c));
        position = r.end;
      }
      assert.equal(position, c.newSize, label(c));
    }
  });

  it('hash each range to the recursive MTH of its leaves, and verify', () => {
    for (const c of cases) {
      c.ranges.forEach((r, j) => {
        assert.deepEqual(c.proof[j], tree.mth(r), `${label(c)}, range ${j}`);
      });
      assert.ok(verifyConsistency(c), label(c));
    }
  });

  it('fail after any single-bit change to a proof element or either root', () => {
    // Every element of every proof is flipped. Up to FULL_FLIP_SIZE, at every byte position;
    // above it, at one byte position per element that rotates with the old size, so across the
    // old sizes of each new size every byte position of every element slot is hit.
    const covered = { proof: new Set<number>(), oldRoot: new Set<number>(), newRoot: new Set<number>() };
    let flips = 0;
    for (const c of cases) {
      const elements = [...c.proof, c.oldRoot, c.newRoot];
      for (let e = 0; e < elements.length; e++) {
        const kind = e < c.proof.length ? 'proof' : e === c.proof.length ? 'oldRoot' : 'newRoot';
        const bytes = c.newSize <= FULL_FLIP_SIZE ? [...Array(32).keys()] : [(c.oldSize + 11 * e) % 32];
        for (const byte of bytes) {
          const flipped = flipBit(elements[e]!, byte, (byte + e + c.oldSize) % 8);
          const check =
            kind === 'proof'
              ? { ...c, proof: c.proof.map((p, j) => (j === e ? flipped : p)) }
              : kind === 'oldRoot'
                ? { ...c, oldRoot: flipped }
                : { ...c, newRoot: flipped };
          assert.ok(!verifyConsistency(check), `${label(c)}, element ${e}, byte ${byte}`);
          covered[kind].add(byte);
          flips++;
        }
      }
    }
    for (const set of Object.values(covered)) assert.equal(set.size, 32);
    // Every element of every proof was flipped at least once, and every byte of each in small trees.
    const expected = cases.reduce(
      (n, c) => n + (c.proof.length + 2) * (c.newSize <= FULL_FLIP_SIZE ? 32 : 1),
      0,
    );
    assert.equal(flips, expected);
  });

  it('verify for other sizes exactly when the proof has the same shape', () => {
    let sameShape = 0;
    for (const c of cases) {
      const { oldSize: m, newSize: n } = c;
      const others: [number, number][] = [
        [m - 1, n],
        [m + 1, n],
        [m, n - 1],
        [m, n + 1],
        [m, 2 * n],
        [n, m],
        [0, n],
      ];
      for (const [oldSize, newSize] of others) {
        const expected = consistencyAlsoProves(m, n, oldSize, newSize);
        assert.equal(
          verifyConsistency({ ...c, oldSize, newSize }),
          expected,
          `${label(c)} as ${oldSize} -> ${newSize}`,
        );
        if (expected) sameShape++;
      }
      if (m !== n) assert.ok(!verifyConsistency({ ...c, oldRoot: c.newRoot, newRoot: c.oldRoot }), label(c));
    }
    // Tree sizes are authenticated by the signed tree heads, not by the proof: some do verify.
    assert.ok(sameShape > 0);
  });

  it('fail when truncated, extended, padded, emptied or with malformed elements', () => {
    const zero = Buffer.alloc(32);
    for (const c of cases) {
      const variants: Uint8Array[][] = [
        [...c.proof, zero],
        [c.oldRoot, ...c.proof],
      ];
      if (c.proof.length > 0) {
        variants.push([], c.proof.slice(0, -1), c.proof.slice(1));
        variants.push(c.proof.map((p, j) => (j === 0 ? p.subarray(0, 31) : p)));
        variants.push(
          c.proof.map((p, j) => (j === c.proof.length - 1 ? Buffer.concat([p, zero.subarray(0, 1)]) : p)),
        );
      }
      for (const proof of variants) assert.ok(!verifyConsistency({ ...c, proof }), label(c));
    }
  });
});

describe('verifyConsistency at the edges', () => {
  const r3 = rootAt(3);
  const r5 = rootAt(5);

  it('takes equal sizes as consistent iff the proof is empty and the roots are equal', () => {
    assert.ok(verifyConsistency({ oldSize: 5, newSize: 5, oldRoot: r5, newRoot: r5, proof: [] }));
    assert.ok(!verifyConsistency({ oldSize: 5, newSize: 5, oldRoot: r5, newRoot: r3, proof: [] }));
    assert.ok(!verifyConsistency({ oldSize: 5, newSize: 5, oldRoot: r5, newRoot: r5, proof: [r5] }));
  });

  it('takes size 0 as consistent only with an empty proof and the empty-tree root', () => {
    assert.ok(verifyConsistency({ oldSize: 0, newSize: 5, oldRoot: EMPTY_ROOT, newRoot: r5, proof: [] }));
    assert.ok(
      verifyConsistency({ oldSize: 0, newSize: 0, oldRoot: EMPTY_ROOT, newRoot: EMPTY_ROOT, proof: [] }),
    );
    // Unlike transparency-dev's verifier, a size-0 head with any other root is rejected.
    assert.ok(!verifyConsistency({ oldSize: 0, newSize: 5, oldRoot: r3, newRoot: r5, proof: [] }));
    assert.ok(!verifyConsistency({ oldSize: 0, newSize: 0, oldRoot: r3, newRoot: r3, proof: [] }));
    assert.ok(!verifyConsistency({ oldSize: 0, newSize: 0, oldRoot: EMPTY_ROOT, newRoot: r3, proof: [] }));
    assert.ok(!verifyConsistency({ oldSize: 0, newSize: 5, oldRoot: EMPTY_ROOT, newRoot: r5, proof: [r5] }));
    assert.deepEqual(consistencyRanges(0, 5), []);
    assert.deepEqual(consistencyRanges(0, 0), []);
    assert.deepEqual(consistencyRanges(5, 5), []);
  });

  it('returns false, never throws, on bad input', () => {
    const c = cases.find((x) => x.oldSize === 3 && x.newSize === 7)!;
    assert.ok(verifyConsistency(c));
    const bad: unknown[] = [
      { ...c, oldSize: 8 },
      { ...c, oldSize: -3 },
      { ...c, oldSize: 2.5 },
      { ...c, oldSize: Number.NaN },
      { ...c, oldSize: '3' },
      { ...c, newSize: 2 ** 53 },
      { ...c, newSize: Number.POSITIVE_INFINITY },
      { ...c, oldRoot: c.oldRoot.subarray(1) },
      { ...c, newRoot: 'root' },
      { ...c, proof: undefined },
      { ...c, proof: {} },
      { ...c, proof: [...c.proof.slice(0, -1), null] },
      { ...c, proof: Array.from({ length: 1_000_000 }, () => c.proof[0]) },
      {
        ...c,
        get oldRoot(): never {
          throw new Error('hostile getter');
        },
      },
      null,
      {},
    ];
    for (const input of bad) assert.equal(verifyConsistency(input as ConsistencyCheck), false);
  });

  it('stops reading an over-long proof once the trees run out of levels (RFC 9162 §2.1.4.2 step 6a)', () => {
    const c = cases.find((x) => x.oldSize === 3 && x.newSize === 7)!;
    let reads = 0;
    const long = Array.from({ length: 1_000_000 }, () => c.proof[0]!);
    const proof = new Proxy(long, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    assert.equal(verifyConsistency({ ...c, proof }), false);
    assert.ok(reads <= c.proof.length + 1, `${reads} elements read`);
  });

  it('consistencyRanges refuses sizes that go backwards or are not sizes', () => {
    for (const [m, n] of [
      [5, 4],
      [-1, 4],
      [1.5, 4],
      [1, 2 ** 53],
    ] as const) {
      assert.throws(() => consistencyRanges(m, n), RangeError);
    }
  });
});

describe('consistencyRanges at any sizes up to 2^53', () => {
  it('partitions the new tree, omitting D[0:m] exactly when m is a power of two', () => {
    const sizes = fc
      .integer({ min: 2, max: Number.MAX_SAFE_INTEGER })
      .chain((n) => fc.tuple(fc.integer({ min: 1, max: n - 1 }), fc.constant(n)));
    fc.assert(
      fc.property(sizes, ([m, n]) => {
        const ranges = consistencyRanges(m, n);
        assert.ok(ranges.length > 0 && ranges.length <= 2 * 53);
        const pieces = [...ranges];
        if (isPowerOfTwo(m)) pieces.push({ start: 0, end: m });
        pieces.sort((a, b) => a.start - b.start);
        let position = 0;
        for (const r of pieces) {
          assert.ok(isNodeRange(r));
          assert.equal(r.start, position);
          assert.ok(r.end <= m || r.start >= m);
          position = r.end;
        }
        assert.equal(position, n);
      }),
      { numRuns: 500 },
    );
  });

  it('builds and verifies proofs over a tree of 2^40 + 5 leaves from stored subtrees alone', () => {
    // A tree of 2^40 + 5 identical leaves: every complete subtree at level L has the same hash,
    // so the stored-subtree reader needs no storage, and both roots come from rangeHash.
    const leaf = hashLeaf(Buffer.from('same'));
    const levels = [leaf];
    for (let l = 1; l <= 41; l++) levels.push(hashChildren(levels[l - 1]!, levels[l - 1]!));
    const reader = (level: number) => levels[level]!;
    for (const [m, n] of [
      [2 ** 40, 2 ** 40 + 5],
      [2 ** 40 - 3, 2 ** 40 + 5],
      [12345678901, 2 ** 40 + 5],
    ] as const) {
      const check = {
        oldSize: m,
        newSize: n,
        oldRoot: rangeHash({ start: 0, end: m }, reader),
        newRoot: rangeHash({ start: 0, end: n }, reader),
        proof: consistencyProof(m, n, reader),
      };
      assert.ok(verifyConsistency(check), `${m} -> ${n}`);
      assert.ok(!verifyConsistency({ ...check, oldSize: m + 1 }), `${m} -> ${n}`);
    }
  });
});
