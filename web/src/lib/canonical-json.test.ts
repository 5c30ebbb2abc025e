/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson as ledgerCanonicalJson } from '../../../src/core/canonical-json.ts';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON in the browser (RFC 8785)', () => {
  it('writes what the ledger writes for any JSON value read back from text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        assert.equal(canonicalJson(parsed), ledgerCanonicalJson(parsed));
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts members by UTF-16 code units and writes numbers in their shortest form', () => {
    const value = JSON.parse('{"b":1e2,"a":[1.50,-0,"\\u00e9"],"\\ud83d\\ude00":null,"\\ufb01":true}');
    assert.equal(canonicalJson(value), '{"a":[1.5,0,"é"],"b":100,"😀":null,"ﬁ":true}');
  });
});
