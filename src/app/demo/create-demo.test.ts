import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RETROACTIVE_DAYS } from '../../engine/control-run.ts';
import type { EvidenceRow } from '../../store/store.ts';
import { EvidentError } from '../errors.ts';
import { initProgramme } from '../init-programme.ts';
import { withWorkspace } from '../with-workspace.ts';
import { LATE_FILINGS } from './collection-time.ts';
import { createDemo, type DemoResult } from './create-demo.ts';
import { demoMarkerPath } from './demo-marker.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-create-demo-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TODAY = new Date('2026-03-15T09:30:00Z');
const DAY_MS = 86_400_000;
const records = (dir: string) =>
  withWorkspace(dir, async (ws) => ({
    rows: await ws.store.evidenceRange(0, (await ws.store.head()).size),
    checkpoints: (await ws.store.checkpoints()).length,
    head: await ws.store.head(),
  }));

describe('createDemo', () => {
  const dir = join(root, 'demo');
  const progress: string[] = [];
  let demo: DemoResult;
  let rows: EvidenceRow[];
  before(async () => {
    demo = await createDemo(dir, { today: TODAY, people: 5, onProgress: (m) => progress.push(m) });
    ({ rows } = await records(dir));
  });

  it('makes the twelve months before this month, with the records it says', () => {
    assert.deepEqual(demo.period, { start: '2025-03-01', end: '2026-02-28' });
    assert.equal(demo.reused, false);
    assert.equal(rows.length, demo.records);
    assert.ok(progress.some((m) => m.includes('records stored')));
  });

  it('stores the records in the order they were collected, each shortly after its event', () => {
    let previous = '';
    for (const r of rows) {
      assert.ok(r.collected_at >= previous, `${r.collected_at} after ${previous}`);
      assert.ok(r.collected_at >= r.observed_at && Date.parse(r.collected_at) <= TODAY.getTime());
      previous = r.collected_at;
    }
  });

  it('files only the planted late records RETROACTIVE_DAYS or more after their event', () => {
    const late = rows.filter(
      (r) => Date.parse(r.collected_at) - Date.parse(r.observed_at) >= RETROACTIVE_DAYS * DAY_MS,
    );
    assert.deepEqual([...new Set(late.map((r) => r.type))].sort(), LATE_FILINGS.map((l) => l.type).sort());
    assert.ok(late.length <= 5, `${late.length} late records`);
    const retroactive = demo.planted.filter((p) => p.shows === 'retroactive').map((p) => p.control);
    assert.deepEqual(retroactive.sort(), LATE_FILINGS.map((l) => l.control).sort());
  });

  it('signs a checkpoint for each month of collection', async () => {
    const { checkpoints } = await records(dir);
    assert.ok(checkpoints >= 12, `${checkpoints} checkpoints`);
  });

  it('commits the programme in git, every commit dated in the period', () => {
    const dates = execFileSync('git', ['-C', dir, 'log', '--format=%cI'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    assert.ok(dates.length >= 3);
    for (const d of dates) assert.ok(d >= demo.period.start && d.slice(0, 10) <= demo.period.end, d);
    assert.equal(execFileSync('git', ['-C', dir, 'status', '--porcelain'], { encoding: 'utf8' }), '');
  });

  it('reuses a finished demo as it is, without the admin token', async () => {
    const before = await records(dir);
    const again = await createDemo(dir, { today: new Date('2026-09-01T00:00:00Z') });
    assert.equal(again.reused, true);
    assert.equal(again.admin_token, undefined);
    assert.deepEqual(
      { ...again, reused: false, admin_token: undefined },
      { ...demo, admin_token: undefined },
    );
    assert.deepEqual((await records(dir)).head, before.head);
  });
});

describe('createDemo refuses', () => {
  const refuses = async (dir: string, code: string, message: RegExp) => {
    const error = await createDemo(dir, { today: TODAY, people: 5 }).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof EvidentError);
    assert.equal(error.code, code);
    assert.match(error.message, message);
  };

  it('a programme that is not a demo, leaving it as it was', async () => {
    const dir = join(root, 'programme');
    initProgramme({ dir, organisation: 'Real Company Ltd' });
    const yaml = readFileSync(join(dir, 'evident.yaml'), 'utf8');
    await refuses(dir, 'conflict', /not an Evident demo/);
    assert.equal(readFileSync(join(dir, 'evident.yaml'), 'utf8'), yaml);
    assert.equal(existsSync(demoMarkerPath(dir)), false);
  });

  it('a folder with other files, and a demo that never finished', async () => {
    const other = join(root, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine\n');
    await refuses(other, 'conflict', /not empty/);
    const unfinished = join(root, 'unfinished');
    mkdirSync(join(unfinished, '.evident'), { recursive: true });
    writeFileSync(
      demoMarkerPath(unfinished),
      JSON.stringify({ state: 'creating', started_at: TODAY.toISOString() }),
    );
    await refuses(unfinished, 'conflict', /not finished/);
  });

  it('to write into the database EVIDENT_DATABASE_URL names', async () => {
    process.env.EVIDENT_DATABASE_URL = 'postgres://localhost/evident';
    try {
      await refuses(join(root, 'elsewhere'), 'bad_config', /EVIDENT_DATABASE_URL/);
    } finally {
      delete process.env.EVIDENT_DATABASE_URL;
    }
  });
});

describe('createDemo without git', () => {
  it('makes the demo without its history, and says so', async () => {
    const dir = join(root, 'no-git');
    const path = process.env.PATH;
    const empty = join(root, 'empty-path');
    mkdirSync(empty);
    process.env.PATH = empty;
    const progress: string[] = [];
    try {
      const demo = await createDemo(dir, { today: TODAY, people: 5, onProgress: (m) => progress.push(m) });
      assert.ok(demo.records > 0);
    } finally {
      process.env.PATH = path;
    }
    assert.equal(existsSync(join(dir, '.git')), false);
    assert.ok(
      progress.some((m) => m.includes('git is not installed')),
      progress.join('\n'),
    );
    assert.match(readFileSync(join(dir, 'evident.yaml'), 'utf8'), /management_responses:/);
  });
});
