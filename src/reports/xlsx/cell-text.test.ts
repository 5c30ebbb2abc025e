import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cellText, MAX_CELL_CHARS } from './cell-text.ts';
import { stripIllegalXml } from './strip-illegal-xml.ts';

describe('cellText', () => {
  it('keeps text within the limit as it is, minus illegal characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) =>
        assert.equal(cellText(text), stripIllegalXml(text)),
      ),
    );
  });

  it('cuts longer text to the limit with a marker giving the full length', () => {
    const out = cellText('a'.repeat(40_000));
    assert.equal(out.length, MAX_CELL_CHARS);
    assert.ok(out.startsWith('a'.repeat(30_000)));
    assert.ok(out.endsWith('… [truncated: 40000 characters in full]'));
  });

  it('never leaves half a surrogate pair at the cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (pad) => {
        const out = cellText('b'.repeat(pad) + '😀'.repeat(17_000));
        assert.ok(out.length <= MAX_CELL_CHARS);
        assert.equal(stripIllegalXml(out), out);
        assert.match(out, /… \[truncated: \d+ characters in full\]$/);
      }),
      { numRuns: 61 },
    );
  });
});
