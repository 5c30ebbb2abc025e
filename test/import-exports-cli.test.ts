import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { listEvidence } from '../src/app/evidence-queries.ts';
import { ledgerRoot } from '../src/app/ledger-queries.ts';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

const fixtures = fileURLToPath(new URL('../src/collectors/exports/fixtures/', import.meta.url));

describe('evident import of exports (csv:<type>)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-exports-'));
  before(async () => {
    await setUpProgramme(dir);
  });

  it('imports an access review export, once, and the records are the evidence the engine reads', async () => {
    copyFileSync(join(fixtures, 'access_review.csv'), join(dir, 'reviews.csv'));
    const first = await runCli([
      'import',
      '-C',
      dir,
      join(dir, 'reviews.csv'),
      '--format',
      'csv:access_review',
      '--json',
    ]);
    assert.equal(first.code, 0, first.stderr);
    const stored =
      (JSON.parse(first.stdout) as { files: { stored: number }[] }).files?.[0]?.stored ??
      (JSON.parse(first.stdout) as { stored: number }).stored;
    assert.ok(Number(stored) > 0);
    const again = await runCli([
      'import',
      '-C',
      dir,
      join(dir, 'reviews.csv'),
      '--format',
      'csv:access_review',
      '--json',
    ]);
    assert.match(again.stdout, /"stored": 0/);
    // What `evident evidence list --type access_review` prints, read in this process.
    const list = await listEvidence(dir, { type: 'access_review', limit: 100, offset: 0 });
    assert.equal(list.total, Number(stored));
  });

  it('rejects a file with a bad row, naming the row and column, and stores nothing from it', async () => {
    const text = readFileSync(join(fixtures, 'offboarding.csv'), 'utf8').split(/\r?\n/);
    const header = (text[0] ?? '').split(',');
    const col = header.indexOf('terminated_at');
    const row = (text[2] ?? '').split(',');
    row[col] = '31/02/2026';
    text[2] = row.join(',');
    writeFileSync(join(dir, 'leavers.csv'), text.join('\n'));
    const before = await ledgerRoot(dir);
    const r = await runCli(['import', '-C', dir, join(dir, 'leavers.csv'), '--format', 'csv:offboarding']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /leavers\.csv.*row 3.*terminated_at/s);
    const after = await ledgerRoot(dir);
    assert.equal(after.size, before.size);
  });

  it('names the formats it knows when given another', async () => {
    const r = await runCli(['import', '-C', dir, join(dir, 'reviews.csv'), '--format', 'csv:nope']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format "csv:nope"/);
  });
});
