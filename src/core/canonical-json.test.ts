import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalBytes, canonicalJson, MAX_DEPTH } from './canonical-json.ts';

/** A double from its IEEE 754 bits, as RFC 8785 Appendix B lists them. */
const double = (bits: string): number => Buffer.from(bits, 'hex').readDoubleBE(0);

/** Same value with every -0 made 0, which is what JSON text can carry. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  }
  return value;
}

/** Same value with every object's members inserted in an order picked by `seed`. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reordered(v, seed));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, reordered(v, seed)] as const);
    let state = seed >>> 0;
    for (let i = entries.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    // fromEntries defines own properties, so a "__proto__" member stays a member.
    return Object.fromEntries(entries);
  }
  return value;
}

const nested = (depth: number, kind: 'array' | 'object'): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

const throwsAt = (value: unknown, pattern: RegExp) =>
  assert.throws(
    () => canonicalJson(value),
    (e: unknown) => e instanceof TypeError && pattern.test(e.message),
  );

describe('RFC 8785 JSON canonicalization', () => {
  // RFC 8785 §3.2.2 input, §3.2.3 canonical text and §3.2.4 UTF-8 bytes.
  const sampleInput = String.raw`{
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  }`;
  const sampleCanonical = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
  const sampleBytes = `
    7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
    75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
    5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
    65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
    5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
    30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`;

  it('canonicalizes the RFC 8785 §3.2.2 sample to the §3.2.3 text', () => {
    assert.equal(canonicalJson(JSON.parse(sampleInput)), sampleCanonical);
  });

  it('gives the RFC 8785 §3.2.4 UTF-8 bytes for the sample', () => {
    const expected = Buffer.from(sampleBytes.replace(/\s+/g, ''), 'hex');
    assert.deepEqual(canonicalBytes(JSON.parse(sampleInput)), expected);
  });

  it('sorts the RFC 8785 §3.2.3 test data by UTF-16 code units', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const out = canonicalJson(JSON.parse(input));
    const order = [...out.matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    // The expected argument order printed in §3.2.3.
    assert.deepEqual(order, [
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    assert.equal(
      out,
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('serializes the RFC 8785 Appendix B number samples', () => {
    const samples: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of samples) assert.equal(canonicalJson(double(bits)), expected, bits);
    // The two rows of the table with no JSON form (note 3): NaN and Infinity.
    throwsAt(double('7fffffffffffffff'), /^canonicalJson: \$: NaN is not a JSON number/);
    throwsAt(double('7ff0000000000000'), /^canonicalJson: \$: Infinity is not a JSON number/);
  });

  it('writes no whitespace and keeps array order', () => {
    assert.equal(
      canonicalJson({ b: [3, 1, 2], a: { d: 'x y', c: null } }),
      '{"a":{"c":null,"d":"x y"},"b":[3,1,2]}',
    );
    assert.equal(canonicalJson([]), '[]');
    assert.equal(canonicalJson({}), '{}');
    assert.equal(canonicalJson(''), '""');
  });

  it('escapes strings as ECMAScript JSON.stringify does', () => {
    assert.equal(
      canonicalJson('\b\t\n\f\r\u0000\u001f"\\/\u007f\u2028'),
      '"\\b\\t\\n\\f\\r\\u0000\\u001f\\"\\\\/\u007f\u2028"',
    );
    const strings = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary-ascii' }),
      fc.string({ unit: 'binary', minLength: 60, maxLength: 200 }),
    );
    fc.assert(fc.property(strings, (s) => canonicalJson(s) === JSON.stringify(s)));
    fc.assert(fc.property(strings, (s) => canonicalJson({ [s]: 1 }) === `{${JSON.stringify(s)}:1}`));
  });

  it('serializes -0 as 0 and omits undefined members', () => {
    assert.equal(canonicalJson(-0), '0');
    assert.equal(canonicalJson({ a: -0, b: undefined, c: [-0] }), '{"a":0,"c":[0]}');
    assert.equal(canonicalJson({ only: undefined }), '{}');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
    assert.equal(canonicalJson(bare), '{"a":2,"b":1}');
  });

  it('names the JSON path of a value it refuses', () => {
    const findings = [{ cvss: 1 }, { cvss: 2 }, { cvss: 3 }, { cvss: Number.NaN }];
    throwsAt(
      { data: { findings } },
      /^canonicalJson: \$\.data\.findings\[3\]\.cvss: NaN is not a JSON number/,
    );
    throwsAt({ x: [1, Number.NEGATIVE_INFINITY] }, /\$\.x\[1\]: -Infinity is not a JSON number/);
    throwsAt(undefined, /^canonicalJson: \$: undefined is not a JSON value/);
    throwsAt([1, undefined], /\$\[1\]: undefined is not a JSON value/);
    throwsAt({ 'a b': { f: () => 1 } }, /\$\["a b"\]\.f: a function is not a JSON value/);
    throwsAt({ s: Symbol('s') }, /\$\.s: a symbol is not a JSON value/);
    throwsAt({ n: 10n }, /\$\.n: a bigint is not a JSON value/);
    // Sparse arrays have holes that JSON.stringify would quietly turn into null.
    throwsAt(new Array(3), /\$\[0\]: undefined is not a JSON value/);
  });

  it('refuses lone surrogates in values and member names (RFC 8785 §3.2.2.2)', () => {
    throwsAt({ a: 'x\ud800' }, /\$\.a: string contains a lone surrogate/);
    throwsAt(['\udc00y'], /\$\[0\]: string contains a lone surrogate/);
    throwsAt(`${'long '.repeat(20)}\ude00\ud83d`, /\$: string contains a lone surrogate/);
    throwsAt({ k: { '\ud83d': 1 } }, /\$\.k\["\\ud83d"\]: string contains a lone surrogate/);
    assert.equal(canonicalJson('\ud83d\ude00'), '"\ud83d\ude00"');
  });

  it('refuses objects that are not plain JSON data', () => {
    throwsAt({ at: new Date(0) }, /\$\.at: Date is not a plain JSON object/);
    throwsAt(new Map([['a', 1]]), /\$: Map is not a plain JSON object/);
    throwsAt({ b: Buffer.from('x') }, /\$\.b: Buffer is not a plain JSON object/);
    class Finding {
      cvss = 1;
    }
    throwsAt([new Finding()], /\$\[0\]: Finding is not a plain JSON object/);
  });

  it(`handles nesting up to ${MAX_DEPTH} levels and refuses deeper or cyclic structures`, () => {
    for (const kind of ['array', 'object'] as const) {
      const text = canonicalJson(nested(1000, kind));
      assert.equal(canonicalJson(JSON.parse(text)), text);
      assert.doesNotThrow(() => canonicalJson(nested(MAX_DEPTH, kind)));
      throwsAt(nested(MAX_DEPTH + 1, kind), new RegExp(`nesting deeper than ${MAX_DEPTH} levels`));
    }
    const record: Record<string, unknown> = { data: { items: [1] } };
    (record.data as { items: unknown[] }).items.push(record);
    throwsAt(record, /\$\.data\.items\[1\] is the same object as its ancestor \$ \(cyclic structure\)/);
  });

  const json = fc.jsonValue({ stringUnit: 'binary' });

  it('is idempotent: canonicalizing parsed canonical text gives the same text', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        assert.equal(canonicalJson(JSON.parse(text)), text);
      }),
    );
  });

  it('does not depend on the order members were inserted in', () => {
    fc.assert(
      fc.property(json, fc.integer(), (value, seed) => {
        assert.equal(canonicalJson(reordered(value, seed)), canonicalJson(value));
      }),
    );
  });

  it('parses back to a value deep-equal to the input (with -0 as 0)', () => {
    fc.assert(
      fc.property(json, (value) => {
        assert.deepStrictEqual(JSON.parse(canonicalJson(value)), withoutNegativeZero(value));
      }),
    );
  });

  it('encodes to the UTF-8 of the canonical text', () => {
    fc.assert(
      fc.property(json, (value) => {
        assert.deepEqual(canonicalBytes(value), Buffer.from(canonicalJson(value), 'utf8'));
      }),
    );
  });
});
