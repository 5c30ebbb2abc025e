import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { EvidenceType } from '../core/evidence-type.ts';
import type { ControlRun } from '../engine/control-run.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { feedEvidence } from './feed-evidence.ts';

const TYPES: EvidenceType[] = ['change', 'incident', 'vulnerability_scan', 'document'];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

/** A run that records what it was fed. */
const recorder = (types: EvidenceType[], since: string | undefined, until: string) => {
  const got: EvidenceRecord[] = [];
  const run = {
    control: {} as ControlRun['control'],
    reads: { types, ...(since ? { since } : {}), until },
    add: (r: EvidenceRecord) => got.push(r),
    finish: () => ({}) as ReturnType<ControlRun['finish']>,
  } satisfies ControlRun;
  return { run, got };
};

describe('feeding control runs from the store', () => {
  let store: Store;
  const rows: { seq: number; type: EvidenceType; observed_at: string; size: number }[] = [];
  before(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'evident-feed-')), 'evidence.db'));
    // 600 records over 60 days, several per timestamp, bodies of very different sizes (page sizes adapt).
    const random = fc.sample(
      fc.tuple(
        fc.constantFrom(...TYPES),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 10, max: 40_000 }),
      ),
      { numRuns: 600, seed: 7 },
    );
    for (const [seq, [type, d, hour, size]] of random.entries())
      rows.push({ seq, type, observed_at: `${day(d)}T0${hour}:00:00.000Z`, size });
    await store.append(async (tx) =>
      tx.insertEvidence(
        rows.map((r) => ({
          seq: r.seq,
          id: r.seq.toString(16).padStart(64, '0'),
          type: r.type,
          source: 's',
          subject: 'x',
          observed_at: r.observed_at,
          collected_at: r.observed_at,
          leaf_hash: '0'.repeat(64),
          body: JSON.stringify({
            type: r.type,
            observed_at: r.observed_at,
            data: { pad: 'p'.repeat(r.size) },
            seq: r.seq,
          }),
        })),
      ),
    );
  });
  after(() => store.close());

  it('gives each run exactly its types and dates, each record once, in (event time, ledger order)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.subarray(TYPES, { minLength: 1 }),
            fc.option(fc.integer({ min: 0, max: 59 })),
            fc.integer({ min: 0, max: 59 }),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (specs) => {
          const runs = specs.map(([types, s, u]) => recorder(types, s === null ? undefined : day(s), day(u)));
          const read = await feedEvidence(
            store,
            runs.map((r) => r.run),
          );
          for (const [i, [types, s, u]] of specs.entries()) {
            const expected = rows
              .filter((r) => types.includes(r.type))
              .filter(
                (r) =>
                  (s === null || r.observed_at.slice(0, 10) >= day(s)) &&
                  r.observed_at.slice(0, 10) <= day(u),
              )
              .sort((a, b) =>
                a.observed_at < b.observed_at ? -1 : a.observed_at > b.observed_at ? 1 : a.seq - b.seq,
              )
              .map((r) => r.seq);
            assert.deepEqual(
              runs[i]?.got.map((r) => r.seq),
              expected,
            );
          }
          const union = new Set(runs.flatMap((r) => r.got.map((x) => x.seq)));
          assert.ok(read >= union.size);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('parses a record once however many runs read it', async () => {
    const a = recorder(['change'], undefined, day(59));
    const b = recorder(['change', 'incident'], day(10), day(20));
    await feedEvidence(store, [a.run, b.run]);
    const shared = b.got.filter((r) => r.type === 'change');
    assert.ok(shared.length > 0);
    for (const r of shared) assert.ok(a.got.includes(r), 'the same parsed object is handed to both runs');
  });
});
