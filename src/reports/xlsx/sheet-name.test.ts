import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_SHEET_NAME, sheetName } from './sheet-name.ts';
import { stripIllegalXml } from './strip-illegal-xml.ts';

describe('sheetName', () => {
  it('replaces the characters Excel forbids and trims apostrophes', () => {
    assert.equal(sheetName("'Q1: [draft]/*?'"), 'Q1 draft');
    assert.equal(sheetName('a\\b\tc'), 'a b c');
    assert.equal(sheetName('Controls matrix'), 'Controls matrix');
  });

  it('cuts long names to 31 characters', () => {
    assert.equal(
      sheetName('A name far longer than thirty-one characters'),
      'A name far longer than thirty-o',
    );
  });

  it('rejects names that are empty once cleaned and the reserved "History"', () => {
    assert.throws(() => sheetName(' [*] '), /empty/);
    assert.throws(() => sheetName('history'), /reserved/);
  });

  it('yields only names Excel accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        let name: string;
        try {
          name = sheetName(raw);
        } catch {
          return;
        }
        assert.ok(name.length >= 1 && name.length <= MAX_SHEET_NAME);
        assert.doesNotMatch(name, /[[\]:*?/\\]|^'|'$/);
        assert.equal(stripIllegalXml(name), name);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
        assert.doesNotMatch(name, /[\u0000-\u001f]/);
      }),
    );
  });
});
