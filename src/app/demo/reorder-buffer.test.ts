import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ReorderBuffer } from './reorder-buffer.ts';

describe('ReorderBuffer', () => {
  it('releases only what comes before the key, in key order, ties in arrival order', () => {
    const buffer = new ReorderBuffer<string>();
    for (const [key, item] of [
      ['c', 'c1'],
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', 'a2'],
      ['d', 'd1'],
    ] as const)
      buffer.push(key, item);
    assert.deepEqual([...buffer.release('c')], ['a1', 'a2', 'b1']);
    assert.equal(buffer.size, 2);
    buffer.push('b', 'b2');
    assert.deepEqual([...buffer.release()], ['b2', 'c1', 'd1']);
    assert.equal(buffer.size, 0);
  });

  it('gives any input back sorted (stably) however it is released', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()), { maxLength: 200 }),
        (steps) => {
          const buffer = new ReorderBuffer<number>();
          const out: number[] = [];
          const keyOf = (k: number) => String(k).padStart(2, '0');
          const keys: string[] = [];
          steps.forEach(([k, release], n) => {
            buffer.push(keyOf(k), n);
            keys.push(keyOf(k));
            // Release up to a watermark below every key still to come, as the demo does.
            if (release)
              out.push(...buffer.release(keyOf(Math.min(...steps.slice(n + 1).map(([x]) => x), 31))));
          });
          out.push(...buffer.release());
          const expected = keys
            .map((key, n) => ({ key, n }))
            .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.n - b.n));
          assert.deepEqual(
            out,
            expected.map((e) => e.n),
          );
        },
      ),
    );
  });
});
