import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { detectReportFormat } from './detect.ts';
import { parseReport } from './map.ts';

const REAL = sharedFixture('real');
const OWN = new URL('./fixtures/', import.meta.url).pathname;
const REPORTS = [
  `${REAL}/trivy-alpine-3.9.json`,
  `${REAL}/trivy-alpine-3.10.json`,
  `${REAL}/trivy-alpine-3.10.sarif`,
  `${REAL}/trivy-debian-buster.json`,
  `${REAL}/trivy-npm-repo.json`,
  `${REAL}/grype-image.json`,
  `${OWN}/billing-api.npm-audit.json`,
  `${OWN}/billing-api.osv-scanner.json`,
  `${OWN}/api-server.codeql.sarif`,
];
const FALLBACK = '2026-02-01T00:00:00Z';

type Json = unknown;
type Path = (string | number)[];

/** A clear error: ours (not a TypeError from deep inside), naming the file. */
function assertClearError(e: unknown, fileName: string) {
  assert.ok(
    e instanceof EvidentError,
    `expected a report error, got ${e instanceof Error ? e.stack : String(e)}`,
  );
  assert.equal(e.code, 'bad_input');
  assert.ok(e.message.startsWith(`${fileName}: `) && e.message.length > fileName.length + 10, e.message);
}

/** Either valid evidence whose findings lie in its targets, or a clear error. */
function parsesOrFailsClearly(content: string | Uint8Array, fileName: string) {
  let item: ReturnType<typeof parseReport>;
  try {
    item = parseReport(content, fileName, { fallbackObservedAt: FALLBACK });
  } catch (e) {
    assertClearError(e, fileName);
    return;
  }
  const checked = validateDraft({ ...item.draft, source: 'reports', artifacts: [] });
  assert.ok(!checked.problems, JSON.stringify(checked.problems));
  const data = item.draft.data as { targets: string[]; findings: { target: string }[] };
  for (const f of data.findings) assert.ok(data.targets.includes(f.target));
}

function allPaths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) allPaths(v, [...prefix, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  }
  return out;
}

type Mutation = { pick: number; op: 'replace' | 'delete' | 'empty' | 'stringify' | 'duplicate'; value: Json };

/** Applies one mutation at the picked node of a (deep-copied) document. */
function mutate(doc: Json, m: Mutation): Json {
  const paths = allPaths(doc);
  const path = paths[m.pick % paths.length]!;
  if (path.length === 0) return m.op === 'replace' ? m.value : doc;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, k) => (node as Record<string | number, Json>)[k], doc) as
    | Record<string, Json>
    | Json[];
  const key = path.at(-1)!;
  const current = (parent as Record<string | number, Json>)[key];
  const set = (v: Json) => {
    (parent as Record<string | number, Json>)[key] = v;
  };
  switch (m.op) {
    case 'replace':
      set(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      break;
    case 'empty':
      set(
        typeof current === 'string'
          ? ''
          : Array.isArray(current)
            ? []
            : current && typeof current === 'object'
              ? {}
              : null,
      );
      break;
    case 'stringify':
      set(typeof current === 'string' ? Number(current.length) : JSON.stringify(current ?? null));
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else set([current, current]);
      break;
  }
  return doc;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'empty', 'stringify', 'duplicate'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

describe('fuzz: random input never crashes the parser', () => {
  it('random JSON is never taken for a scanner report', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        assert.throws(
          () => detectReportFormat(text, 'random.json'),
          (e) => {
            assertClearError(e, 'random.json');
            return true;
          },
        );
        assert.throws(
          () => parseReport(text, 'random.json', { fallbackObservedAt: FALLBACK }),
          (e) => {
            assertClearError(e, 'random.json');
            return true;
          },
        );
      }),
      { numRuns: 500 },
    );
  });

  it('random text and random bytes fail with a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 })), (content) => {
        parsesOrFailsClearly(content, 'junk.json');
      }),
      { numRuns: 500 },
    );
  });

  for (const file of REPORTS) {
    const name = file.split('/').at(-1)!;
    const original = JSON.parse(readFileSync(file, 'utf8')) as Json;

    it(`mutated ${name} gives valid evidence or a clear error`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const doc = mutations.reduce((d, m) => mutate(d, m), structuredClone(original));
          parsesOrFailsClearly(JSON.stringify(doc) ?? '', name);
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
      );
    });

    it(`truncated ${name} fails with a clear error`, () => {
      const text = readFileSync(file, 'utf8');
      fc.assert(
        fc.property(fc.integer({ min: 0, max: text.trimEnd().length - 1 }), (cut) => {
          assert.throws(
            () => parseReport(text.slice(0, cut), name, { fallbackObservedAt: FALLBACK }),
            (e) => {
              assertClearError(e, name);
              return true;
            },
          );
        }),
        { numRuns: 50 },
      );
    });
  }
});
