import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { storeContract } from '../../store.contract.ts';
import { openSqlite } from './open-sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'evident-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'evidence.db');

storeContract('sqlite', async () => file);

describe('sqlite evidence indexes', () => {
  it('reads one type over a period by index range, not by scanning every record', async () => {
    const store = await openSqlite(join(dir, 'plan.db'));
    const { rows } = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
      SELECT * FROM evidence WHERE type = ${'change'} AND observed_at >= ${'2026-01-01'} AND observed_at < ${'2026-02-01'}
      ORDER BY observed_at`.execute(store.db);
    const plan = rows.map((r) => r.detail).join('\n');
    assert.match(
      plan,
      /SEARCH evidence USING INDEX evidence_type_time \(type=\? AND observed_at>\? AND observed_at<\?\)/,
    );
    assert.doesNotMatch(plan, /SCAN evidence/);
    await store.close();
  });
});
