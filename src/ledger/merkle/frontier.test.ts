import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type CompletedSubtree, Frontier } from './frontier.ts';
import { EMPTY_ROOT, hashLeaf } from './hash.ts';
import { subtreeRange, subtreesOf } from './ranges.ts';
import { TestTree } from './test-tree.ts';

const N = 300;
const tree = new TestTree(N);
const rootAt = (size: number) => tree.mth({ start: 0, end: size });
const key = (level: number, index: number) => `${level}/${index}`;

/** One frontier fed all N leaves: what every append reported. */
const reports: CompletedSubtree[][] = [];
const stored = new Map<string, Buffer>();
{
  const frontier = new Frontier();
  for (const leaf of tree.leaves) {
    const done = frontier.append(leaf);
    reports.push(done);
    for (const s of done) stored.set(key(s.level, s.index), s.hash);
  }
}

describe(`Frontier, appending ${N} leaves one at a time`, () => {
  it('has the recursive MTH as its root at every size', () => {
    const frontier = new Frontier();
    assert.deepEqual(frontier.root(), EMPTY_ROOT);
    for (let size = 1; size <= N; size++) {
      frontier.append(tree.leaves[size - 1]!);
      assert.equal(frontier.size, size);
      assert.deepEqual(frontier.root(), rootAt(size), `size ${size}`);
    }
  });

  it('reports exactly the aligned complete subtrees each append completes, with their MTHs', () => {
    reports.forEach((done, i) => {
      const size = i + 1;
      // The subtrees ending at `size`: level L for every 2^L dividing size.
      const expected: string[] = [];
      for (let level = 0; size % 2 ** level === 0; level++) expected.push(key(level, size / 2 ** level - 1));
      assert.deepEqual(
        done.map((s) => key(s.level, s.index)),
        expected,
        `append #${size}`,
      );
      for (const s of done)
        assert.deepEqual(s.hash, tree.mth(subtreeRange(s.level, s.index)), key(s.level, s.index));
    });
    // Together: every aligned complete subtree inside [0, N), each once.
    let all = 0;
    for (let level = 0; 2 ** level <= N; level++) all += Math.floor(N / 2 ** level);
    assert.equal(stored.size, all);
    assert.equal(
      reports.reduce((n, done) => n + done.length, 0),
      all,
    );
  });

  it('rebuilds at every size from the stored subtrees and continues identically', () => {
    const original = new Frontier();
    for (let size = 0; size <= N; size++) {
      const needed = Frontier.subtreesFor(size);
      assert.deepEqual(needed, subtreesOf({ start: 0, end: size }));
      const rebuilt = new Frontier(
        size,
        needed.map(({ level, index }) => stored.get(key(level, index))!),
      );
      assert.deepEqual(rebuilt.hashes(), original.hashes(), `size ${size}`);
      assert.deepEqual(rebuilt.root(), rootAt(size), `size ${size}`);
      // Continue to the end, comparing with the single pass.
      for (let next = size; next < N; next++) {
        assert.deepEqual(
          rebuilt.append(tree.leaves[next]!),
          reports[next],
          `rebuilt at ${size}, append #${next + 1}`,
        );
        assert.deepEqual(rebuilt.root(), rootAt(next + 1));
      }
      if (size < N) original.append(tree.leaves[size]!);
    }
  });

  it('keeps its state to itself', () => {
    const scratch = Buffer.from(tree.leaves[0]!);
    const frontier = new Frontier();
    frontier.append(scratch);
    scratch.set(tree.leaves[1]!); // a caller reusing one buffer for the next leaf hash
    frontier.append(scratch);
    assert.deepEqual(frontier.root(), rootAt(2));
    frontier.root().fill(0);
    frontier.hashes()[0]!.fill(0);
    assert.deepEqual(frontier.root(), rootAt(2));
    const empty = new Frontier().root();
    empty.fill(0);
    assert.notDeepEqual(EMPTY_ROOT, empty);
  });

  it('refuses inconsistent state and malformed leaves', () => {
    const h = Buffer.alloc(32);
    assert.throws(() => new Frontier(3, [h]), RangeError); // 3 = 2 + 1 needs two hashes
    assert.throws(() => new Frontier(4, [h, h]), RangeError);
    assert.throws(() => new Frontier(0, [h]), RangeError);
    assert.throws(() => new Frontier(-1), RangeError);
    assert.throws(() => new Frontier(1.5, [h]), RangeError);
    assert.throws(() => new Frontier(1, [Buffer.alloc(31)]), TypeError);
    assert.throws(() => new Frontier().append(Buffer.alloc(33)), TypeError);
    assert.throws(() => Frontier.subtreesFor(-1), RangeError);
  });
});

describe('Frontier at large sizes', () => {
  it('needs one stored subtree per set bit of the size, aligned and in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (size) => {
        const needed = Frontier.subtreesFor(size);
        assert.equal(needed.length, size.toString(2).replaceAll('0', '').length);
        let position = 0;
        for (const { level, index } of needed) {
          const r = subtreeRange(level, index);
          assert.equal(r.start, position);
          position = r.end;
        }
        assert.equal(position, size);
      }),
      { numRuns: 300 },
    );
  });

  it('appends past 2^32 leaves with exact indices', () => {
    const size = 2 ** 33 - 1; // 33 set bits: the next append carries through every level
    const hashes = Frontier.subtreesFor(size).map((_, i) => hashLeaf(Buffer.from([i])));
    const frontier = new Frontier(size, hashes);
    const done = frontier.append(hashLeaf(Buffer.from('next')));
    assert.deepEqual(
      done.map((s) => key(s.level, s.index)),
      Array.from({ length: 34 }, (_, level) => key(level, 2 ** (33 - level) - 1)),
    );
    assert.equal(frontier.size, 2 ** 33);
    assert.deepEqual(frontier.hashes(), [done.at(-1)!.hash]);
    assert.deepEqual(frontier.root(), done.at(-1)!.hash);
  });
});
