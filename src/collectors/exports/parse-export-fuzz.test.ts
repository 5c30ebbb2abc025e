import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { CollectedItem } from '../kit/index.ts';
import { readCsv, writeCsv } from './csv.ts';
import { EXPORT_FORMATS } from './export-formats.ts';
import { parseExport } from './parse-export.ts';

const TYPES = EXPORT_FORMATS.map((f) => f.type);
const fixture = (type: string) => readFileSync(new URL(`fixtures/${type}.csv`, import.meta.url), 'utf8');

/** How many input rows the output accounts for: all of them, or the parse must have failed. */
function rowsCovered(items: CollectedItem[]): number {
  return items.reduce((n, { draft }) => {
    const d = draft.data as Record<string, unknown>;
    const inner = d.entries ?? d.resources ?? d.people ?? d.assets ?? d.stores ?? d.rules;
    return n + (Array.isArray(inner) ? inner.length : 1);
  }, 0);
}

/**
 * The property every input must satisfy: either the whole file becomes valid evidence with one entry per
 * row, or a bad_input EvidentError names the file, and nothing is returned.
 */
function checkOutcome(format: string, text: string, expectedRows?: number): void {
  let items: CollectedItem[];
  try {
    items = parseExport(format, text, 'fuzz.csv', { asOf: '2026-04-01' });
  } catch (e) {
    assert.ok(e instanceof EvidentError, `a clear error, not ${(e as Error)?.stack ?? String(e)}`);
    assert.equal(e.code, 'bad_input');
    assert.match(e.message, /^fuzz\.csv: \S/);
    return;
  }
  for (const item of items) {
    const checked = validateDraft({ ...item.draft, source: 'fuzz' });
    assert.ok(!checked.problems, `${JSON.stringify(checked.problems)} in ${JSON.stringify(item.draft)}`);
  }
  if (expectedRows !== undefined)
    assert.equal(rowsCovered(items), expectedRows, 'every row is in the output');
}

const dataRows = (text: string): number | undefined => {
  try {
    return readCsv(text).filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === '')).length - 1;
  } catch {
    return undefined;
  }
};

/** Plausible and implausible cell values: the fuzzer mostly builds rows that get past the header. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'keep',
    'Revoke',
    'modify',
    'true',
    'no',
    'maybe',
    'tabletop',
    'restricted',
    'HIGH',
    'unqualified',
    '2026-03-01',
    '2026-02-30',
    '2026-03-01T10:00:00Z',
    '2026-03-01 10:00:00+02:00',
    '2026-03-01T10:00',
    '0',
    '42',
    '99.5',
    '101',
    '-1',
    '1e3',
    'a;b; c',
    ';',
    'x'.repeat(501),
  ),
  fc.string({ maxLength: 8 }),
);

const csvExport = (type: string) => {
  const known = EXPORT_FORMATS.find((f) => f.type === type)?.columns.map((c) => c.name) ?? [];
  const header = fc.uniqueArray(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...known) }, fc.string()), {
    minLength: 1,
    maxLength: known.length + 1,
  });
  return header.chain((h) =>
    fc
      .array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 6 })
      .map((rows) => writeCsv([h, ...rows])),
  );
};

type Mutation = {
  at: number;
  kind: 'insert' | 'delete' | 'replace' | 'drop-line' | 'dup-line';
  text: string;
};
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('insert', 'delete', 'replace', 'drop-line', 'dup-line'),
  text: fc.oneof(
    fc.constantFrom(',', '"', '\n', '\r\n', ';', '', 'x', '2026-13-01', 'yes'),
    fc.string({ maxLength: 3 }),
  ),
});

function mutate(text: string, ms: Mutation[]): string {
  let out = text;
  for (const m of ms) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + 1 + (m.text.length % 4));
    else if (m.kind === 'replace') out = out.slice(0, at) + m.text + out.slice(at + m.text.length);
    else {
      const lines = out.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'drop-line') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}

describe('parseExport never crashes and never returns part of a file', () => {
  it('random text, for every CSV and JSON format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.constantFrom('csv', 'json'),
        fc.string({ maxLength: 200 }),
        (t, s, text) => checkOutcome(`${s}:${t}`, text),
      ),
      { numRuns: 1500 },
    );
  });

  it('random well-formed CSV with known and unknown columns and odd values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES).chain((t) => fc.tuple(fc.constant(t), csvExport(t))),
        ([type, text]) => checkOutcome(`csv:${type}`, text, dataRows(text)),
      ),
      { numRuns: 1500 },
    );
  });

  it('mutated fixtures: characters inserted, deleted or replaced, lines dropped or repeated', () => {
    const fixtures = new Map(TYPES.map((t) => [t, fixture(t)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (type, ms) => {
          const text = mutate(fixtures.get(type) ?? '', ms);
          checkOutcome(`csv:${type}`, text, dataRows(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('random JSON arrays of rows with values of every JSON kind', () => {
    const value = fc.oneof(cell, fc.jsonValue({ maxDepth: 2 }), fc.array(cell, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), (type) => {
        const known = EXPORT_FORMATS.find((f) => f.type === type)?.columns.map((c) => c.name) ?? [];
        fc.assert(
          fc.property(
            fc.array(fc.dictionary(fc.constantFrom(...known, 'extra'), value, { maxKeys: known.length }), {
              maxLength: 4,
            }),
            (rows) => checkOutcome(`json:${type}`, JSON.stringify(rows), rows.length),
          ),
          { numRuns: 60 },
        );
      }),
      { numRuns: 13 },
    );
  });
});
