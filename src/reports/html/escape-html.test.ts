import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeHtml } from './escape-html.ts';

const decode = (html: string) =>
  html.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
  );

describe('escapeHtml', () => {
  it('leaves no character that can open a tag, end an attribute or start an unknown entity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        const html = escapeHtml(s);
        assert.doesNotMatch(html, /[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
        assert.equal(decode(html), s);
      }),
      { numRuns: 2000 },
    );
  });
});
