import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson } from '../canonical-json.ts';
import type { EvidenceDraft } from './envelope.ts';
import {
  contentId,
  contentIdOf,
  contentOfLeaf,
  contentOfLeafText,
  leafSuffix,
  recordBytes,
} from './record-bytes.ts';

const draft = fc.record({
  type: fc.constantFrom('document', 'change', 'incident'),
  source: fc.string({ minLength: 1 }),
  subject: fc.string({ minLength: 1 }),
  observed_at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  data: fc.dictionary(fc.string(), fc.jsonValue()),
  artifacts: fc.array(
    fc.record({
      name: fc.string({ minLength: 1 }),
      sha256: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
    }),
  ),
}) as unknown as fc.Arbitrary<EvidenceDraft>;

/** A plain record's top-level fields, and a collection time, for the hand-made cases below. */
const DOCUMENT = {
  type: 'document',
  source: 's',
  subject: 'x',
  observed_at: '2026-02-01T00:00:00.000Z',
  artifacts: [],
};
const COLLECTED_AT = '2026-03-01T00:00:00.000Z';

describe('record bytes', () => {
  it('equal RFC 8785 canonical JSON of the leaf object, and the id is the content hash', () => {
    fc.assert(
      fc.property(draft, fc.date({ noInvalidDate: true }), (d, at) => {
        const collectedAt = at.toISOString();
        const { id, leaf } = recordBytes(d, collectedAt);
        const expected = canonicalJson({ ...d, collected_at: collectedAt, id });
        assert.equal(leaf, expected);
        assert.equal(contentIdOf(JSON.parse(leaf)), id);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same id whatever the key order or collection time, and another id for other content', () => {
    const a = {
      type: 'document',
      source: 's',
      subject: 'x',
      observed_at: '2026-01-01T00:00:00.000Z',
      artifacts: [],
      data: { b: 1, a: 2 },
    };
    const b = { ...a, data: { a: 2, b: 1 } };
    assert.equal(
      recordBytes(a as unknown as EvidenceDraft, '2026-01-02T00:00:00.000Z').id,
      recordBytes(b as unknown as EvidenceDraft, '2027-01-01T00:00:00.000Z').id,
    );
    assert.notEqual(
      recordBytes(a as unknown as EvidenceDraft, 'x').id,
      recordBytes({ ...a, subject: 'y' } as unknown as EvidenceDraft, 'x').id,
    );
  });

  it('cuts the content back out of a leaf without parsing it, and refuses a leaf that disagrees with its columns', () => {
    const column = fc.constantFrom('id', 'type', 'source', 'subject', 'observed_at', 'collected_at');
    fc.assert(
      fc.property(draft, fc.date({ noInvalidDate: true }), column, (d, at, changed) => {
        const collectedAt = at.toISOString();
        const { id, leaf } = recordBytes(d, collectedAt);
        const columns = {
          id,
          type: d.type,
          source: d.source,
          subject: d.subject,
          observed_at: d.observed_at,
          collected_at: collectedAt,
        };
        const cut = contentOfLeaf(leaf, columns);
        assert.ok(cut);
        assert.equal(contentId(cut.content), id);
        assert.equal(cut.artifacts, canonicalJson(d.artifacts));
        assert.equal(contentOfLeaf(leaf, { ...columns, [changed]: `${columns[changed]}x` }), undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('is not fooled by data that repeats the top-level keys and values', () => {
    const collectedAt = COLLECTED_AT;
    const base = DOCUMENT;
    const first = recordBytes({ ...base, data: {} } as unknown as EvidenceDraft, collectedAt);
    const tricky = {
      ...base,
      data: {
        collected_at: collectedAt,
        data: { id: first.id, observed_at: base.observed_at },
        note: ',"collected_at":"x"',
      },
    } as unknown as EvidenceDraft;
    const { id, leaf } = recordBytes(tricky, collectedAt);
    const cut = contentOfLeaf(leaf, { ...base, id, collected_at: collectedAt });
    assert.equal(cut && contentId(cut.content), id);
  });
});

describe('contentOfLeaf', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', '"', '\\', '\u0001', '\n', 'é', '\ud83d', ':', ','),
  });
  it('accepts a leaf exactly when every column equals the field it holds, for any characters', () => {
    const column = fc.constantFrom('none', 'id', 'type', 'source', 'subject', 'observed_at', 'collected_at');
    fc.assert(
      fc.property(
        draft,
        text,
        text,
        text,
        column,
        text,
        (d, source, subject, collectedAt, changed, extra) => {
          const record = { ...d, source: `s${source}`, subject: `x${subject}` } as EvidenceDraft;
          const { id, leaf } = recordBytes(record, collectedAt);
          const columns = {
            id,
            type: record.type,
            source: record.source,
            subject: record.subject,
            observed_at: record.observed_at,
            collected_at: collectedAt,
          };
          const asked =
            changed === 'none' ? columns : { ...columns, [changed]: `${columns[changed]}${extra || '"'}` };
          const cut = contentOfLeaf(leaf, asked);
          const parsed = JSON.parse(leaf) as Record<string, unknown>;
          const agrees = Object.entries(asked).every(([k, v]) => parsed[k] === v);
          assert.equal(cut !== undefined, agrees);
          // The content's hash is the id recordBytes computed from the content it wrote.
          if (cut) assert.equal(contentId(cut.content), id);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('contentOfLeafText', () => {
  const collectedAt = COLLECTED_AT;
  const record = {
    ...DOCUMENT,
    subject: 'line one\nline "two" \\ three',
    data: { title: 'minutes' },
  } as unknown as EvidenceDraft;
  const { id, leaf } = recordBytes(record, collectedAt);

  it('cuts the content and the id out of a leaf that ends with the suffix of its plain columns', () => {
    const plain = { ...record, subject: 'alice' } as EvidenceDraft;
    const bytes = recordBytes(plain, collectedAt);
    const cut = contentOfLeafText(bytes.leaf, leafSuffix({ ...plain, id: bytes.id }), collectedAt);
    assert.ok(cut);
    assert.equal(cut.id, bytes.id);
    assert.equal(contentId(cut.content), bytes.id);
    assert.equal(cut.artifacts, '[]');
  });

  it('refuses columns that read the same as the escaped text but say something else', () => {
    // The leaf holds the subject escaped: line one\nline \"two\" \\ three. A column holding that
    // escaped text as itself matches the leaf character for character, yet names another subject.
    const escaped = JSON.stringify(record.subject).slice(1, -1);
    assert.ok(leaf.includes(escaped));
    const columns = { id, type: record.type, source: record.source, observed_at: record.observed_at };
    assert.equal(
      contentOfLeafText(leaf, leafSuffix({ ...columns, subject: escaped }), collectedAt),
      undefined,
    );
    assert.equal(contentOfLeaf(leaf, { ...columns, subject: escaped, collected_at: collectedAt }), undefined);
    // The column that equals the field is accepted, by the long way.
    assert.ok(contentOfLeaf(leaf, { ...columns, subject: record.subject, collected_at: collectedAt }));
  });

  it('refuses a collection time that differs or would need escaping', () => {
    const plain = { ...record, subject: 'alice' } as EvidenceDraft;
    const bytes = recordBytes(plain, collectedAt);
    const suffix = leafSuffix({ ...plain, id: bytes.id });
    assert.equal(contentOfLeafText(bytes.leaf, suffix, '2026-03-01T00:00:00.001Z'), undefined);
    assert.equal(contentOfLeafText(bytes.leaf, suffix, `${collectedAt}\\`), undefined);
  });
});
