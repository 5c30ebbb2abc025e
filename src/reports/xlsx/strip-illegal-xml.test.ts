import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stripIllegalXml } from './strip-illegal-xml.ts';

/** Any UTF-16 text, lone surrogates and noncharacters included. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

// XML 1.0 §2.2 Char, written independently as a Unicode-aware pattern of what must go.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the subject.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

describe('stripIllegalXml', () => {
  it('removes exactly the characters XML 1.0 cannot carry', () => {
    fc.assert(fc.property(anyText, (text) => assert.equal(stripIllegalXml(text), text.replace(ILLEGAL, ''))));
  });

  it('keeps tab, line breaks, astral characters and C1 controls', () => {
    const text = 'a\tb\nc\rd 😀 \u0085 \ufffd';
    assert.equal(stripIllegalXml(text), text);
  });

  it('drops lone surrogates but not pairs', () => {
    assert.equal(stripIllegalXml('x\ud83dy\ude00z\ud83d\ude00'), 'xyz😀');
  });
});
