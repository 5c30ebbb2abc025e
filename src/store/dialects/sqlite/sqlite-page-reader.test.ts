import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { leafSuffix } from '../../../core/evidence/record-bytes.ts';
import { openSqlite } from './open-sqlite.ts';
import { openPageReader } from './sqlite-page-reader.ts';

/**
 * Verify's workers trust SQLite to build the text a leaf must end with from the record's columns; that
 * text must be exactly what the engine's leafSuffix makes of the same values, whatever they hold.
 */
describe('sqlite page reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-page-reader-'));
  const file = join(dir, 'evidence.db');
  before(async () => (await openSqlite(file)).close());
  after(() => rmSync(dir, { recursive: true, force: true }));

  const text = fc.string({
    unit: fc.constantFrom('a', '"', "'", '\\', '|', '\n', '\u0000', 'é', '😀', ',', ':', '}'),
  });
  const columns = fc.record({
    id: text,
    type: text,
    source: text,
    subject: text,
    observed_at: text,
    collected_at: text,
  });

  it('builds the same leaf suffix from the columns as the engine, for any characters', () => {
    fc.assert(
      fc.property(fc.array(columns, { minLength: 1, maxLength: 20 }), (records) => {
        const db = new Database(file);
        db.exec('DELETE FROM evidence');
        const insert = db.prepare(
          `INSERT INTO evidence (seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        records.forEach((r, seq) => {
          insert.run(
            seq,
            `${seq}:${r.id}`,
            r.type,
            r.source,
            r.subject,
            r.observed_at,
            r.collected_at,
            'h',
            'b',
          );
        });
        db.close();
        const reader = openPageReader(file);
        try {
          const page = reader.leafPage(-1, Number.MAX_SAFE_INTEGER, 100);
          assert.equal(page.length, records.length);
          page.forEach(([seq, leafHash, body, collectedAt, suffix], i) => {
            const r = records[i] as (typeof records)[number];
            assert.deepEqual([seq, leafHash, body, collectedAt], [i, 'h', 'b', r.collected_at]);
            assert.equal(suffix, leafSuffix({ ...r, id: `${i}:${r.id}` }));
          });
          assert.deepEqual(reader.row(0)?.slice(0, 3), [0, `0:${records[0]?.id}`, records[0]?.type]);
          assert.equal(reader.row(records.length), undefined);
        } finally {
          reader.close();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads a level of stored tree nodes over an index range, in order', () => {
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO tree_nodes (level, idx, hash) VALUES (?, ?, ?)');
    for (const [level, idx] of [
      [4, 2],
      [4, 0],
      [4, 5],
      [5, 1],
    ] as const)
      insert.run(level, idx, `${level}/${idx}`);
    db.close();
    const reader = openPageReader(file);
    assert.deepEqual(reader.nodes(4, 0, 5), [
      [0, '4/0'],
      [2, '4/2'],
    ]);
    assert.deepEqual(reader.nodes(5, 0, 10), [[1, '5/1']]);
    reader.close();
  });
});
