import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Frontier } from './frontier.ts';
import { foldSubtrees, subtreeRange } from './ranges.ts';
import { SubtreeLevels } from './subtree-levels.ts';
import { TestTree } from './test-tree.ts';

const N = 160;
const tree = new TestTree(N, 'levels leaf');
const packed = (leaves: readonly Buffer[]) => Buffer.concat(leaves);

describe('SubtreeLevels', () => {
  it('holds every complete aligned node of the tree with its MTH, and nothing else', () => {
    for (const count of [0, 1, 2, 3, 7, 8, 15, 16, 17, 64, 100, N]) {
      const levels = new SubtreeLevels(packed(tree.leaves.slice(0, count)), count);
      for (let level = 0; level <= 8; level++) {
        const width = Math.floor(count / 2 ** level);
        assert.equal(levels.width(level), width);
        for (let i = 0; i < width; i++)
          assert.deepEqual(
            levels.node(level, i),
            tree.mth(subtreeRange(level, i)),
            `${count}: ${level}/${i}`,
          );
        assert.throws(() => levels.node(level, width), RangeError);
      }
      assert.equal(levels.topLevel, count ? Math.floor(Math.log2(count)) : -1);
    }
  });

  it('gives a frontier whose fold is the root at every size, equal to an appender frontier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N }), (a, b) => {
        const count = Math.max(a, b);
        const m = Math.min(a, b);
        const levels = new SubtreeLevels(packed(tree.leaves.slice(0, count)), count);
        const appender = new Frontier();
        for (const leaf of tree.leaves.slice(0, m)) appender.append(leaf);
        assert.deepEqual(levels.frontier(m), appender.hashes());
        assert.deepEqual(foldSubtrees(levels.frontier(m)), tree.mth({ start: 0, end: m }));
      }),
      { numRuns: 300 },
    );
  });

  it('matches the whole tree above an aligned run: a run starting at 2^L·k has the same nodes up to L', () => {
    // Leaves 64..127 as their own run: its level-l nodes are the tree's nodes 64/2^l + i.
    const run = new SubtreeLevels(packed(tree.leaves.slice(64, 128)), 64);
    for (let level = 0; level <= 6; level++)
      for (let i = 0; i < run.width(level); i++)
        assert.deepEqual(run.node(level, i), tree.mth(subtreeRange(level, 64 / 2 ** level + i)));
    // Appended to a frontier over the first 64 leaves, its frontier folds to the root at any size.
    const first = new SubtreeLevels(packed(tree.leaves.slice(0, 64)), 64);
    for (let m = 0; m <= 64; m++)
      assert.deepEqual(
        foldSubtrees([...first.frontier(64), ...run.frontier(m)]),
        tree.mth({ start: 0, end: 64 + m }),
      );
  });

  it('refuses sizes it cannot answer', () => {
    assert.throws(() => new SubtreeLevels(new Uint8Array(31), 1), RangeError);
    const levels = new SubtreeLevels(packed(tree.leaves.slice(0, 5)), 5);
    assert.throws(() => levels.frontier(6), RangeError);
    assert.throws(() => levels.frontier(-1), RangeError);
  });
});
