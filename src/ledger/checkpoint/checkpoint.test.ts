import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.ts';
import { generateSigner } from './keys.ts';
import { openNote, signNote } from './note.ts';

// The example in c2sp.org/tlog-checkpoint.
const SPEC_BODY = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const SPEC_ROOT = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';

// Signed tree heads served by sum.golang.org (quoted in third-party tests), checked here against
// the Go checksum database key of cmd/go/internal/modfetch/key.go, so they are genuine.
const SUMDB_VKEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const SUMDB_NOTES = [
  {
    note:
      'go.sum database tree\n65209736\n5+uGFjx6xBZG8ip1+wi77v+grwbhhukIrxEUS8PXvRo=\n\n' +
      '\u2014 sum.golang.org Az3grnbssgK7ubgFX36gVETtNv0U23qxyAhAMai2QUfeGa3nB/akvkMdlUErfcZz7l/R3cVtYspg3dxXABkGZZKdsQ8=\n',
    size: 65209736,
    root: '5+uGFjx6xBZG8ip1+wi77v+grwbhhukIrxEUS8PXvRo=',
  },
  {
    note:
      'go.sum database tree\n31700353\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\n' +
      '\u2014 sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM=\n',
    size: 31700353,
    root: 'qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=',
  },
];

const root = Buffer.from(SPEC_ROOT, 'base64');

describe('checkpoints', () => {
  it('parses and re-formats the c2sp.org/tlog-checkpoint example', () => {
    const checkpoint = parseCheckpoint(SPEC_BODY);
    assert.deepEqual(checkpoint, {
      origin: 'example.com/behind-the-sofa',
      size: 20852163,
      root,
      extensions: [],
    });
    assert.equal(formatCheckpoint(checkpoint), SPEC_BODY);
  });

  it('verifies and parses real sum.golang.org signed tree heads', () => {
    for (const { note, size, root: rootText } of SUMDB_NOTES) {
      const opened = openNote(note, [SUMDB_VKEY]);
      assert.deepEqual(opened.signatures, [{ name: 'sum.golang.org', hash: 0x033de0ae, verified: true }]);
      const checkpoint = parseCheckpoint(opened.body);
      assert.equal(checkpoint.origin, 'go.sum database tree');
      assert.equal(checkpoint.size, size);
      assert.equal(checkpoint.root.toString('base64'), rootText);
      assert.equal(formatCheckpoint(checkpoint), opened.body);
      assert.throws(
        () => openNote(note.replace(String(size), String(size + 1)), [SUMDB_VKEY]),
        /does not verify/,
      );
    }
  });

  it('signs, opens and parses a checkpoint with extension lines', () => {
    const { signerKey, verifierKey } = generateSigner('evident.example/ledger');
    const body = formatCheckpoint({
      origin: 'evident.example/ledger',
      size: 0,
      root,
      extensions: ['period 2026', 'x+y z'],
    });
    assert.equal(body, `evident.example/ledger\n0\n${SPEC_ROOT}\nperiod 2026\nx+y z\n`);
    const parsed = parseCheckpoint(openNote(signNote(body, signerKey), [verifierKey]).body);
    assert.deepEqual(parsed, {
      origin: 'evident.example/ledger',
      size: 0,
      root,
      extensions: ['period 2026', 'x+y z'],
    });
  });

  it('refuses sizes that are not canonical decimals', () => {
    for (const size of ['020852163', '00', '+5', '-1', ' 5', '5 ', '1e3', '0x10', '1_000', '', '١٢']) {
      assert.throws(
        () => parseCheckpoint(`example.com/log\n${size}\n${SPEC_ROOT}\n`),
        /tree size .* is not a canonical decimal|line 2 is empty/,
        JSON.stringify(size),
      );
    }
    assert.throws(() => parseCheckpoint(`o\n9007199254740992\n${SPEC_ROOT}\n`), /beyond 2\^53 - 1/);
    assert.equal(parseCheckpoint(`o\n9007199254740991\n${SPEC_ROOT}\n`).size, Number.MAX_SAFE_INTEGER);
  });

  it('refuses root hashes that are not canonical base64 of 32 bytes', () => {
    const cases: [string, RegExp][] = [
      [SPEC_ROOT.slice(0, -1), /not canonical base64/], // padding missing
      [SPEC_ROOT.replace('/', '_'), /not canonical base64/], // base64url alphabet
      [SPEC_ROOT.replace('I=', 'J='), /not canonical base64/], // unused trailing bits set
      [` ${SPEC_ROOT}`, /not canonical base64/],
      [Buffer.alloc(31).toString('base64'), /31 bytes, not 32/],
      [Buffer.alloc(33).toString('base64'), /33 bytes, not 32/],
      [Buffer.alloc(32).toString('hex'), /not canonical base64|64 bytes|48 bytes/],
    ];
    for (const [rootText, message] of cases) {
      assert.throws(() => parseCheckpoint(`o\n1\n${rootText}\n`), message, rootText);
    }
  });

  it('refuses malformed bodies', () => {
    const cases: [string, RegExp][] = [
      [SPEC_BODY.slice(0, -1), /must end with a newline/],
      ['example.com/log\n5\n', /fewer than three lines/],
      [`\n5\n${SPEC_ROOT}\n`, /line 1 is empty/],
      [`${SPEC_BODY}\n`, /line 4 is empty/],
      [`${SPEC_BODY}ext\n\nmore\n`, /line 5 is empty/],
      [SPEC_BODY.replaceAll('\n', '\r\n'), /control character U\+000d/],
      [`a\tb\n5\n${SPEC_ROOT}\n`, /control character U\+0009/],
    ];
    for (const [body, message] of cases)
      assert.throws(() => parseCheckpoint(body), message, JSON.stringify(body));
  });

  it('refuses to format what it could not parse back', () => {
    const ok = { origin: 'o', size: 1, root };
    assert.throws(() => formatCheckpoint({ ...ok, origin: '' }), /origin must not be empty/);
    assert.throws(() => formatCheckpoint({ ...ok, origin: 'a\nb' }), /origin must not contain a newline/);
    assert.throws(() => formatCheckpoint({ ...ok, origin: 'a\rb' }), /control character/);
    assert.throws(() => formatCheckpoint({ ...ok, size: -1 }), /non-negative safe integer/);
    assert.throws(() => formatCheckpoint({ ...ok, size: 1.5 }), /non-negative safe integer/);
    assert.throws(() => formatCheckpoint({ ...ok, size: 2 ** 53 }), /non-negative safe integer/);
    assert.throws(() => formatCheckpoint({ ...ok, root: root.subarray(1) }), /32 bytes, not 31/);
    assert.throws(() => formatCheckpoint({ ...ok, extensions: [''] }), /extension line must not be empty/);
    assert.throws(() => formatCheckpoint({ ...ok, extensions: ['a\nb'] }), /must not contain a newline/);
  });

  it('parses back exactly what it formats', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(text, { maxLength: 3 }),
        (origin, size, rootBytes, extensions) => {
          const body = formatCheckpoint({ origin, size, root: rootBytes, extensions });
          assert.deepEqual(parseCheckpoint(body), { origin, size, root: Buffer.from(rootBytes), extensions });
        },
      ),
    );
  });
});
