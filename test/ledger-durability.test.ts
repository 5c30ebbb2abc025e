// Durability of the evidence ledger on SQLite, through the real CLI: `evident import` SIGKILLed at 50+
// points of a large import, killed while its first run creates the database, and two imports into one
// programme at the same time. After each, the ledger must be sound and hold every acknowledged file whole.
// The import processes are started ahead of time (support/waiting-import.ts); `evident verify` and
// `evident evidence list` run through the CLI for the final ledger, and through the same use cases in
// this process after each kill and scenario (the same report, without a Node start-up each).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { listEvidence } from '../src/app/evidence-queries.ts';
import { verifyWorkspace } from '../src/app/verify-workspace.ts';
import { json, runCli } from './run-cli.ts';
import {
  CLEAN_ENV,
  type EvidenceFile,
  Importers,
  type ImportRun,
  inspectLedger,
  type KillPlan,
  type LedgerState,
  runImport,
  writeEvidenceFiles,
} from './support/durability-ledger.ts';

// The checks run in this process see the programme's own SQLite file and keys, as the children do.
for (const name of Object.keys(CLEAN_ENV)) delete process.env[name];

type VerifyJson = {
  ok: boolean;
  size: number;
  root: string;
  records: number;
  checkpoints: number;
  problems: { item: string; problem: string }[];
};
type ListJson = {
  total: number;
  items: { id: string; seq: number; type: string; subject: string; source: string; observed_at: string }[];
};

/** File sizes and kill plans come from this seed; EVIDENT_TEST_SEED repeats a run's plans (not its timing). */
const SEED = Number(process.env.EVIDENT_TEST_SEED ?? Math.floor(Math.random() * 2 ** 32));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: readonly number[], fallback: number): number => {
  if (!xs.length) return fallback;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? fallback;
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const root = mkdtempSync(join(tmpdir(), 'evident-durability-'));
const importers = new Importers();
after(async () => {
  await importers.close();
  rmSync(root, { recursive: true, force: true });
});

const dbOf = (dir: string) => join(dir, '.evident', 'evidence.db');

/**
 * What must hold of any ledger at rest, whatever happened to the writers: SQLite's own check passes, no
 * id twice, the head counts the records, seqs run 0..n-1, every file is there whole (its records once
 * each, in file order, in one contiguous run of seqs) or not at all, and each committed file left one
 * checkpoint at the size it reached. Returns the stored files in ledger order.
 */
function assertSound(state: LedgerState, files: readonly EvidenceFile[], where: string): EvidenceFile[] {
  assert.deepEqual(state.integrity, ['ok'], `${where}: PRAGMA integrity_check`);
  assert.equal(state.distinctIds, state.rows, `${where}: an id is stored twice`);
  if (state.head === undefined) {
    // Killed between the migration and the first head row: nothing can be stored yet.
    assert.equal(state.rows, 0, `${where}: records without a ledger head`);
  } else {
    assert.equal(state.head.size, state.rows, `${where}: the ledger size differs from the record count`);
  }
  if (state.rows > 0) {
    assert.equal(state.minSeq, 0, `${where}: the first seq`);
    assert.equal(state.maxSeq, state.rows - 1, `${where}: seqs have gaps`);
  }
  const bySource = new Map(files.map((f) => [f.source, f]));
  const stored: EvidenceFile[] = [];
  let next = 0;
  for (const s of state.files) {
    const file = bySource.get(s.source);
    assert.ok(file, `${where}: records from an unknown source ${s.source}`);
    assert.equal(
      s.count,
      file.records,
      `${where}: ${s.source} holds ${s.count} of its ${file.records} records (half-written)`,
    );
    assert.deepEqual(s.dataIds, file.dataIds, `${where}: ${s.source} holds its records once each, in order`);
    assert.equal(s.lo, next, `${where}: ${s.source} does not follow the previous file`);
    assert.equal(s.hi, s.lo + s.count - 1, `${where}: ${s.source} is not one contiguous run of seqs`);
    next = s.hi + 1;
    stored.push(file);
  }
  assert.deepEqual(
    state.checkpointSizes,
    state.files.map((s) => s.hi + 1),
    `${where}: one checkpoint per committed file, at the size it reached`,
  );
  return stored;
}

type Expected = { rows: number; files: number };

async function verifyCli(dir: string, where: string, expected: Expected) {
  const r = await runCli(['verify', '-C', dir, '--json'], { env: CLEAN_ENV });
  assert.equal(r.code, 0, `${where}: evident verify exits 0\n${r.stdout}${r.stderr}`);
  return assertVerified(json<VerifyJson>(r), where, expected);
}

/** `evident verify --json` without the CLI: the use case it prints, as JSON. */
async function verifyInProcess(dir: string, where: string, expected: Expected) {
  const report = JSON.parse(JSON.stringify(await verifyWorkspace(dir))) as VerifyJson;
  return assertVerified(report, where, expected);
}

function assertVerified(v: VerifyJson, where: string, expected: Expected) {
  assert.equal(v.ok, true, `${where}: verify ok`);
  assert.deepEqual(v.problems, [], `${where}: verify problems`);
  assert.equal(v.size, expected.rows, `${where}: verify size`);
  assert.equal(v.records, expected.rows, `${where}: verify records`);
  assert.equal(v.checkpoints, expected.files, `${where}: verify checkpoints`);
  return v;
}

async function listCli(dir: string, where: string, files: readonly EvidenceFile[]) {
  const r = await runCli(['evidence', 'list', '-C', dir, '--json', '--limit', '100000'], { env: CLEAN_ENV });
  assert.equal(r.code, 0, `${where}: evident evidence list\n${r.stderr}`);
  assertListed(json<ListJson>(r), where, files);
}

/** `evident evidence list --json --limit 100000` without the CLI. */
async function listInProcess(dir: string, where: string, files: readonly EvidenceFile[]) {
  const list = JSON.parse(JSON.stringify(await listEvidence(dir, { limit: 100_000, offset: 0 }))) as ListJson;
  assertListed(list, where, files);
}

function assertListed(list: ListJson, where: string, files: readonly EvidenceFile[]) {
  const rows = sum(files.map((f) => f.records));
  assert.equal(list.total, rows, `${where}: list total`);
  assert.equal(list.items.length, rows, `${where}: list items`);
  assert.equal(new Set(list.items.map((i) => i.id)).size, rows, `${where}: listed ids are distinct`);
  assert.deepEqual(
    list.items.map((i) => i.seq).sort((a, b) => a - b),
    Array.from({ length: rows }, (_, i) => i),
    `${where}: listed seqs are 0..n-1`,
  );
  const perSource = new Map<string, number>();
  for (const i of list.items) perSource.set(i.source, (perSource.get(i.source) ?? 0) + 1);
  assert.deepEqual(
    Object.fromEntries([...perSource].sort()),
    Object.fromEntries(files.map((f) => [f.source, f.records] as const).sort()),
    `${where}: listed records per file`,
  );
}

type Stage =
  | 'before its first acknowledgement'
  | 'while skipping files already held'
  | 'inside or between new-file transactions'
  | 'after a commit, before its acknowledgement'
  | 'after everything was stored';

type KillPoint = {
  round: number;
  strategy: string;
  killedAt: number;
  endedAt: number;
  acks: number;
  newAcks: number;
  before: number;
  after: number;
  stage: Stage;
};

describe('evidence ledger durability (SQLite)', () => {
  let pristine = '';
  /** A fresh programme: a copy of one `evident init`, without a database yet. */
  const programme = (name: string) => {
    const dir = join(root, name);
    cpSync(pristine, dir, { recursive: true });
    return dir;
  };

  before(async () => {
    pristine = join(root, 'pristine');
    const r = await runCli(['init', '-C', pristine, '--yes', '--org', 'Durable Ltd'], { env: CLEAN_ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!existsSync(dbOf(pristine)), 'init makes no database; the first import does');
  });

  it('keeps every acknowledged file, and never half a file, across 50 SIGKILLs of a large import', {
    timeout: 15 * 60_000,
  }, async (t) => {
    const N = 40;
    const KILLS = 50;
    const MAX_ROUNDS = 90;
    const rand = mulberry32(SEED);
    t.diagnostic(`seed ${SEED} (set EVIDENT_TEST_SEED to repeat the file sizes and kill plans)`);
    const files = writeEvidenceFiles(
      join(root, 'large'),
      'file',
      Array.from({ length: N }, () => 100 + Math.floor(rand() * 151)),
    );
    const paths = files.map((f) => f.path);
    const total = sum(files.map((f) => f.records));
    /** Ledger size after the first k files: each acknowledgement must name it. */
    const sizeAfter = files.map((_, i) => sum(files.slice(0, i + 1).map((f) => f.records)));
    const meanRecords = total / N;
    const counts = files.map((f) => f.records);
    t.diagnostic(`${N} files, ${total} records, ${Math.min(...counts)}…${Math.max(...counts)} per file`);

    const dir = programme('killed');
    const timing = { startup: [] as number[], file: [] as number[], skip: [] as number[] };
    const estimate = () => {
      const file = median(timing.file, 80);
      const skip = median(timing.skip, 30);
      // Start-up runs from the arguments to the first acknowledgement: the process has loaded already.
      return { file, skip, startup: median(timing.startup, 500) };
    };
    const learn = (run: ImportRun) => {
      const e = estimate();
      run.acks.forEach((ack, i) => {
        const prev = run.acks[i - 1];
        if (!prev) timing.startup.push(ack.at - (ack.stored ? e.file : e.skip));
        else if (ack.at > prev.at) (ack.stored ? timing.file : timing.skip).push(ack.at - prev.at);
      });
    };

    /**
     * Where to kill round `round` when `held` files are stored: most rounds wait for the process to
     * acknowledge everything already held plus a few new files, then strike within the next file's
     * transaction (so kills land before, during and just after commits); some strike at a random moment
     * during start-up or anywhere up to a few new files in. The number of new files waited for keeps
     * pace with the kills still to come, so the kills spread over the whole import.
     */
    const plan = (round: number, held: number, killsLeft: number): { strategy: string; kill: KillPlan } => {
      const e = estimate();
      if (round === 0) return { strategy: 'right after start', kill: { afterAcks: 0, thenMs: rand() * 300 } };
      if (held === N) {
        return {
          strategy: 'random, all held',
          kill: { afterAcks: 0, thenMs: rand() * (e.startup + N * e.skip) },
        };
      }
      const u = rand();
      if (u < 0.07)
        return { strategy: 'during start-up', kill: { afterAcks: 0, thenMs: rand() * e.startup } };
      if (u < 0.17) {
        return {
          strategy: 'random moment up to a few new files in',
          kill: { afterAcks: 0, thenMs: rand() * (e.startup + held * e.skip + 3 * e.file) },
        };
      }
      const pace = (N - held) / Math.max(1, killsLeft);
      // About half the rounds commit the file they strike in, so wait for more files only when behind.
      const extra = Math.min(N - held - 1, Math.floor(Math.max(0, pace - 1) + rand()));
      const afterAcks = held + extra;
      // Up to 1.5 times the time the next file should take: kills land before, in and after its commit.
      const within = (rand() * 1.5 * e.file * (files[afterAcks]?.records ?? meanRecords)) / meanRecords;
      return {
        strategy:
          afterAcks === 0
            ? `start-up estimate + ${Math.round(within)} ms`
            : `after ${afterAcks} acknowledgement(s) + ${Math.round(within)} ms`,
        kill: afterAcks === 0 ? { afterAcks: 0, thenMs: e.startup + within } : { afterAcks, thenMs: within },
      };
    };

    const stageOf = (run: ImportRun, before: number, after: number): Stage => {
      if (after > Math.max(before, run.acks.length)) return 'after a commit, before its acknowledgement';
      if (before === N) return 'after everything was stored';
      if (run.acks.length === 0) return 'before its first acknowledgement';
      if (run.acks.length < before) return 'while skipping files already held';
      return 'inside or between new-file transactions';
    };

    const kills: KillPoint[] = [];
    const acknowledged = new Set<string>();
    let stored: EvidenceFile[] = [];
    for (let round = 0; kills.length < KILLS; round++) {
      assert.ok(round < MAX_ROUNDS, `only ${kills.length} of ${round} rounds ended in a kill`);
      const where = `round ${round}`;
      const held = stored.length;
      const { strategy, kill } = plan(round, held, KILLS - kills.length);
      const run = await runImport(dir, paths, kill, importers.take());

      assert.deepEqual(run.other, [], `${where}: stdout holds only acknowledgement lines`);
      if (run.killed) assert.equal(run.stderr, '', `${where}: the import failed before it was killed`);
      else assert.equal(run.code, 0, `${where}: the import ran to its end and failed\n${run.stderr}`);
      assert.deepEqual(
        run.acks.map((a) => a.file),
        paths.slice(0, run.acks.length),
        `${where}: acknowledged in argument order`,
      );
      run.acks.forEach((ack, i) => {
        const file = files[i]!;
        // A file held before this round is skipped whole; any other is stored whole.
        assert.equal(ack.stored, i < held ? 0 : file.records, `${where}: ${file.source} stored count`);
        assert.equal(ack.held, i < held ? file.records : 0, `${where}: ${file.source} skipped count`);
        assert.equal(ack.size, i < held ? sizeAfter[held - 1] : sizeAfter[i], `${where}: acknowledged size`);
        acknowledged.add(ack.file);
      });
      learn(run);

      const image = join(root, `crash-${round}`);
      cpSync(dir, image, { recursive: true });
      const state = inspectLedger(dbOf(image));
      const now = assertSound(state, files, where);
      assert.deepEqual(
        now.map((f) => f.path),
        paths.slice(0, now.length),
        `${where}: the stored files are the first ${now.length} given, in order`,
      );
      for (const path of acknowledged) {
        assert.ok(
          now.some((f) => f.path === path),
          `${where}: acknowledged ${path} is missing`,
        );
      }
      assert.ok(now.length >= held, `${where}: files stored before this round were lost`);
      if (run.killed) {
        assert.ok(
          now.length <= Math.max(held, run.acks.length + 1),
          `${where}: only the file being imported may be committed without its acknowledgement`,
        );
      } else {
        assert.equal(now.length, N, `${where}: an import that ran to its end stored every file`);
      }

      if (run.killed) {
        const point: KillPoint = {
          round,
          strategy,
          killedAt: run.killedAt ?? run.endedAt,
          endedAt: run.endedAt,
          acks: run.acks.length,
          newAcks: run.acks.filter((a) => a.stored > 0).length,
          before: held,
          after: now.length,
          stage: stageOf(run, held, now.length),
        };
        kills.push(point);
        t.diagnostic(
          `kill ${kills.length}: round ${round}, ${strategy}: SIGKILL at ${point.killedAt} ms, ` +
            `${point.acks} file(s) acknowledged (${point.newAcks} new), ` +
            `files stored ${held} -> ${now.length} of ${N} — ${point.stage}`,
        );
      } else {
        t.diagnostic(`round ${round}, ${strategy}: the import ended on its own after ${run.endedAt} ms`);
      }
      stored = now;

      // `evident verify` re-derives the ledger from the crash image: a copy taken while no process
      // had the database open, so byte for byte what the next import recovers from (verify itself
      // writes to the database it opens). The next round's process loads meanwhile.
      await verifyInProcess(image, `${where} (crash image)`, { rows: state.rows, files: now.length });
      rmSync(image, { recursive: true, force: true });
    }

    // Where the kills landed.
    const byStage = new Map<string, number>();
    for (const k of kills) byStage.set(k.stage, (byStage.get(k.stage) ?? 0) + 1);
    const times = kills.map((k) => k.killedAt).sort((a, b) => a - b);
    const afters = new Map<number, number>();
    for (const k of kills) afters.set(k.after, (afters.get(k.after) ?? 0) + 1);
    t.diagnostic(`kill stages: ${[...byStage].map(([s, n]) => `${n} ${s}`).join('; ')}`);
    t.diagnostic(
      `kill times: min ${times[0]} ms, median ${median(times, 0)} ms, max ${times.at(-1)} ms; ` +
        `estimates: start-up ${Math.round(estimate().startup)} ms, ${Math.round(estimate().file)} ms per new file, ` +
        `${Math.round(estimate().skip)} ms per held file`,
    );
    t.diagnostic(
      `files stored at the kills: ${[...afters]
        .sort((a, b) => a[0] - b[0])
        .map(([n, c]) => (c > 1 ? `${n}×${c}` : `${n}`))
        .join(' ')}`,
    );
    assert.ok(kills.length >= KILLS);
    assert.ok(
      (byStage.get('before its first acknowledgement') ?? 0) >= 1,
      'some kills land before anything was acknowledged',
    );
    const partial = kills.filter((k) => k.after > 0 && k.after < N);
    assert.ok(partial.length >= 10, `only ${partial.length} kills left some but not all files stored`);
    assert.ok(
      kills.filter((k) => k.newAcks > 0 && k.after < N).length >= 5,
      'some kills land mid-import, after new files were acknowledged',
    );
    assert.ok(new Set(kills.map((k) => k.after)).size >= 10, 'kills land at many points of the import');

    // Finally the import runs to its end: everything is there once, in order, and verify agrees.
    const held = stored.length;
    const last = await runImport(dir, paths, undefined, importers.take());
    assert.equal(last.code, 0, last.stderr);
    assert.deepEqual(
      last.acks.map((a) => [a.file, a.stored, a.held]),
      files.map((f, i) => [f.path, i < held ? 0 : f.records, i < held ? f.records : 0]),
    );
    const end = inspectLedger(dbOf(dir));
    assert.deepEqual(
      assertSound(end, files, 'after the last import').map((f) => f.path),
      paths,
    );
    assert.equal(end.rows, total);
    assert.deepEqual(
      end.order,
      files.flatMap((f) => f.dataIds),
    );
    const [v] = await Promise.all([
      verifyCli(dir, 'after the last import', { rows: total, files: N }),
      listCli(dir, 'after the last import', files),
    ]);
    assert.equal(v.root, end.head?.root);
    assert.equal(last.acks.at(-1)?.root, end.head?.root);
  });

  it('leaves a programme that opens when the first import is killed while it creates the database', {
    timeout: 5 * 60_000,
  }, async (t) => {
    const files = writeEvidenceFiles(join(root, 'first-open'), 'first', [120, 80]);
    const paths = files.map((f) => f.path);
    const rows = sum(files.map((f) => f.records));
    // The kill lands as soon as the table shows up, while the rest of the schema is still being made.
    for (const table of ['meta', 'evidence', 'checkpoints']) {
      const where = `killed when table ${table} appeared`;
      const dir = programme(`first-open-${table}`);
      const run = await runImport(dir, paths, { dbFile: dbOf(dir), table }, importers.take());
      assert.ok(run.killed, `${where}: the import ended before the kill\n${run.stderr}`);
      assert.deepEqual(run.acks, [], `${where}: nothing was acknowledged`);
      const crashed = inspectLedger(dbOf(dir));
      assertSound(crashed, files, where);
      t.diagnostic(
        `${where}: SIGKILL at ${run.killedAt} ms; the database then had tables ${crashed.tables.join(', ')}`,
      );
      const again = await runImport(dir, paths, undefined, importers.take());
      assert.equal(
        again.code,
        0,
        `${where} (tables then: ${crashed.tables.join(', ')}): the next import fails\n${again.stderr}`,
      );
      assert.deepEqual(
        again.acks.map((a) => [a.file, a.stored]),
        files.map((f) => [f.path, f.records]),
      );
      assert.deepEqual(
        assertSound(inspectLedger(dbOf(dir)), files, `${where}, then imported`).map((f) => f.path),
        paths,
      );
      await verifyInProcess(dir, `${where}, then imported`, { rows, files: files.length });
    }
  });

  describe('two processes importing into one programme at the same time', () => {
    type Scenario = { name: string; one: EvidenceFile[]; two: EvidenceFile[] };
    const rand = mulberry32(SEED ^ 0x5bd1e995);
    let files: EvidenceFile[] = [];
    let a: EvidenceFile[] = [];
    let b: EvidenceFile[] = [];
    let common: EvidenceFile;
    let prior: EvidenceFile;
    /** A programme whose ledger already holds `prior`. */
    let withLedger = '';
    const shuffled = <T>(xs: readonly T[]): T[] => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    };

    before(async () => {
      files = writeEvidenceFiles(
        join(root, 'concurrent'),
        'conc',
        Array.from({ length: 18 }, () => 100 + Math.floor(rand() * 151)),
      );
      a = files.slice(0, 8);
      b = files.slice(8, 16);
      common = files[16]!;
      prior = files[17]!;
      withLedger = programme('with-ledger');
      const r = await runImport(withLedger, [prior.path], undefined, importers.take());
      assert.equal(r.code, 0, r.stderr);
    });

    /**
     * Starts both imports at once; both must succeed and acknowledge every file in order, the common file
     * stored whole by one and skipped whole by the other, the acknowledged sizes chaining up (every commit
     * started from the head the one before left), and the ledger holding each record once.
     */
    async function importTogether(t: TestContext, dir: string, s: Scenario, held: EvidenceFile[]) {
      // Both processes loaded first, so they are given their files at the same moment.
      const [first, second] = await importers.takeLoaded(2);
      const [one, two] = await Promise.all([
        runImport(
          dir,
          s.one.map((f) => f.path),
          undefined,
          first,
        ),
        runImport(
          dir,
          s.two.map((f) => f.path),
          undefined,
          second,
        ),
      ]);
      for (const [name, run, list] of [
        ['first', one, s.one],
        ['second', two, s.two],
      ] as const) {
        const where = `${s.name}, ${name} process`;
        assert.equal(run.code, 0, `${where}: exit code\n${run.stderr}`);
        assert.deepEqual(run.other, [], `${where}: stdout holds only acknowledgement lines`);
        assert.deepEqual(
          run.acks.map((ack) => ack.file),
          list.map((f) => f.path),
          `${where}: every file acknowledged, in order`,
        );
        run.acks.forEach((ack, i) => {
          const file = list[i]!;
          assert.equal(ack.stored + ack.held, file.records, `${where}: ${file.source} counted whole`);
          if (file !== common) assert.equal(ack.stored, file.records, `${where}: ${file.source} stored`);
        });
      }
      const commonAcks = [one, two].map((run) => run.acks.find((ack) => ack.file === common.path)!);
      assert.deepEqual(
        commonAcks.map((ack) => ack.stored).sort((x, y) => x - y),
        [0, common.records],
        `${s.name}: one process stored the common file, the other skipped all of it`,
      );
      const commits = [...one.acks, ...two.acks]
        .filter((ack) => ack.stored > 0)
        .sort((x, y) => x.size - y.size);
      let size = sum(held.map((f) => f.records));
      for (const c of commits) {
        size += c.stored;
        assert.equal(c.size, size, `${s.name}: ${c.file} acknowledged size ${c.size}, expected ${size}`);
      }

      const expected = [...new Set([...held, ...s.one, ...s.two])];
      const rows = sum(expected.map((f) => f.records));
      const state = inspectLedger(dbOf(dir));
      const stored = assertSound(state, files, s.name);
      assert.deepEqual(
        stored.map((f) => f.source).sort(),
        expected.map((f) => f.source).sort(),
        `${s.name}: the files stored`,
      );
      assert.equal(state.rows, rows, `${s.name}: every distinct record once`);
      assert.equal(
        state.head?.root,
        commits.at(-1)?.root,
        `${s.name}: the last acknowledged root is the head`,
      );
      const v = await verifyInProcess(dir, s.name, { rows, files: expected.length });
      await listInProcess(dir, s.name, expected);
      assert.equal(v.root, state.head?.root);

      const owner = stored.map((f) =>
        held.includes(f) ? 'P' : f === common ? 'C' : s.one.includes(f) ? '1' : '2',
      );
      const switches =
        owner
          .filter((o) => o === '1' || o === '2')
          .join('')
          .replace(/(.)\1*/g, '$1').length - 1;
      t.diagnostic(
        `${s.name}: ledger order by process ${owner.join('')} (${switches} ` +
          `switch(es) between the two); the common file stored by the ` +
          `${commonAcks[0]?.stored ? 'first' : 'second'}; ended after ${one.endedAt} and ${two.endedAt} ms`,
      );
    }

    it('on a new programme, where both create the database: both succeed and store each record once', {
      timeout: 5 * 60_000,
    }, async (t) => {
      const scenarios: Scenario[] = [
        { name: 'new programme, the common file first in both', one: [common, ...a], two: [common, ...b] },
        {
          name: 'new programme, shuffled, the common file in the middle of both',
          one: shuffled([...a.slice(0, 4), common, ...a.slice(4)]),
          two: shuffled([...b.slice(0, 4), common, ...b.slice(4)]),
        },
      ];
      for (const [n, s] of scenarios.entries()) await importTogether(t, programme(`fresh-${n}`), s, []);
    });

    it('on a programme with a ledger: both succeed and store each record once', {
      timeout: 5 * 60_000,
    }, async (t) => {
      const scenarios: Scenario[] = [
        {
          name: 'existing ledger, the common file last in one, first in the other',
          one: [...[...a].reverse(), common],
          two: [common, ...b],
        },
        {
          name: 'existing ledger, the common file first in both, one order reversed',
          one: [common, ...a],
          two: [common, ...[...b].reverse()],
        },
      ];
      for (const [n, s] of scenarios.entries()) {
        const dir = join(root, `existing-${n}`);
        cpSync(withLedger, dir, { recursive: true });
        await importTogether(t, dir, s, [prior]);
      }
    });
  });
});
