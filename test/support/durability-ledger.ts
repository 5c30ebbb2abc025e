// Helpers for test/ledger-durability.test.ts: evidence files with one `source` per file (so the ledger
// can be counted per file), `evident import` as a child process, started ahead of time, that can be
// SIGKILLed at a chosen moment while its acknowledgement lines are timed, and a read-only look at the
// SQLite file.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const WAITING_IMPORT = fileURLToPath(new URL('./waiting-import.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** The children use the programme's own SQLite file and keys, whatever the developer's shell says. */
export const CLEAN_ENV: NodeJS.ProcessEnv = { EVIDENT_DATABASE_URL: undefined, EVIDENT_KEY: undefined };

export type EvidenceFile = { path: string; source: string; records: number; dataIds: string[] };

/** Writes `sizes.length` JSON Lines files; file i holds `sizes[i]` change records, all with source `<prefix>-ii`. */
export function writeEvidenceFiles(dir: string, prefix: string, sizes: readonly number[]): EvidenceFile[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((records, f) => {
    const source = `${prefix}-${String(f).padStart(2, '0')}`;
    const dataIds: string[] = [];
    const lines: string[] = [];
    for (let i = 0; i < records; i++) {
      const id = `${source}-r${String(i).padStart(4, '0')}`;
      const at = new Date(Date.UTC(2026, 2, 1 + (f % 28), 0, 0, i)).toISOString();
      dataIds.push(id);
      lines.push(
        JSON.stringify({
          type: 'change',
          source,
          subject: `service-${f % 5}`,
          observed_at: at,
          data: {
            id,
            title: `change ${i} of ${source}`,
            author: `dev-${i % 7}`,
            merged_at: at,
            approvers: [`reviewer-${i % 3}`],
            ci_passed: i % 11 !== 0,
            emergency: i % 37 === 0,
          },
        }),
      );
    }
    const path = join(dir, `${source}.jsonl`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, source, records, dataIds };
  });
}

/** One acknowledgement line of `evident import`, and when (ms after spawn) the test read it. */
export type Ack = { file: string; stored: number; held: number; size: number; root: string; at: number };

const ACK =
  /^(.+): imported (\d+) new record\(s\)(?:, (\d+) already held \(skipped\))?(?:, \d+ artifact\(s\))? — ledger size (\d+), root ([0-9a-f]{64})$/;

export function parseAck(line: string, at: number): Ack | undefined {
  const m = ACK.exec(line);
  if (!m) return undefined;
  return {
    file: m[1] ?? '',
    stored: Number(m[2]),
    held: Number(m[3] ?? 0),
    size: Number(m[4]),
    root: m[5] ?? '',
    at,
  };
}

/**
 * When to SIGKILL: `thenMs` after the process printed its `afterAcks`-th acknowledgement line (or after
 * the spawn when `afterAcks` is 0), or as soon as `table` shows up in the SQLite file `dbFile` (watched
 * through a read-only connection), which lands inside the creation of the database. Without a plan the
 * import runs to its end.
 */
export type KillPlan = { afterAcks: number; thenMs: number } | { dbFile: string; table: string };

export type ImportRun = {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the SIGKILL was sent before the process ended on its own. */
  killed: boolean;
  /** ms after spawn: when SIGKILL was sent, and when the process was gone. */
  killedAt?: number;
  endedAt: number;
  acks: Ack[];
  /** stdout lines that are not acknowledgements (there should be none). */
  other: string[];
  stderr: string;
};

type ImportChild = ChildProcessByStdio<Writable, Readable, Readable>;

/**
 * A process that has loaded `evident import` and waits for its arguments (test/support/waiting-import.ts),
 * with all it has written to stderr so far.
 */
export type Importer = { readonly child: ImportChild; readonly stderr: { text: string } };

/** Starts a waiting `evident import` process; resolves once it has loaded and waits for its arguments. */
export function startImporter(): Promise<Importer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, WAITING_IMPORT], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...CLEAN_ENV },
    }) as ImportChild;
    const stderr = { text: '' };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr.text += chunk;
    });
    const ready = child.stdio[3] as Readable;
    const failed = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`the waiting import exited (${signal ?? code}) before it was ready\n${stderr.text}`));
    child.once('error', reject);
    child.once('exit', failed);
    ready.once('data', () => {
      child.off('exit', failed);
      ready.destroy();
      resolve({ child, stderr });
    });
  });
}

/** Ends a waiting import that will not be used: it exits without running anything. */
export function stopImporter(importer: Importer): Promise<void> {
  const { child } = importer;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.stdout.resume();
    child.stdin.end();
  });
}

/**
 * Keeps one waiting import process ahead: `take` hands out the one that is loading (or loaded) and
 * starts the next, so a process's start-up overlaps the previous run and its checks.
 */
export class Importers {
  #spare: Promise<Importer> | undefined;

  take(): Promise<Importer> {
    const taken = this.#spare ?? startImporter();
    this.#spare = startImporter();
    // Its failure, if any, surfaces when it is taken.
    this.#spare.catch(() => {});
    return taken;
  }

  /** `count` importers, all loaded, to be given their arguments at the same moment. */
  async takeLoaded(count: number): Promise<Importer[]> {
    const settled = await Promise.allSettled(Array.from({ length: count }, () => this.take()));
    const failed = settled.find((r) => r.status === 'rejected');
    if (!failed) return settled.map((r) => (r as PromiseFulfilledResult<Importer>).value);
    for (const r of settled) if (r.status === 'fulfilled') await stopImporter(r.value);
    throw failed.reason;
  }

  async close(): Promise<void> {
    const spare = this.#spare;
    this.#spare = undefined;
    // A spare that failed to start was never used; one that started must be told to exit.
    const started = await spare?.catch(() => undefined);
    if (started) await stopImporter(started);
  }
}

/**
 * Runs `evident import -C dir files…` in `importer` (a fresh one when not given) and kills it according
 * to `plan`; times are measured from the moment the process is given its arguments.
 */
export async function runImport(
  dir: string,
  files: readonly string[],
  plan?: KillPlan,
  importer?: Importer | Promise<Importer>,
): Promise<ImportRun> {
  const { child, stderr: written } = await (importer ?? startImporter());
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(`the waiting import ended before it was given its arguments\n${written.text}`);
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const acks: Ack[] = [];
    const other: string[] = [];
    let pending = '';
    let ended = false;
    let killed = false;
    let killedAt: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (ended || killed) return;
      killed = child.kill('SIGKILL');
      killedAt = elapsed();
    };
    const timed = plan && 'thenMs' in plan ? plan : undefined;
    const arm = () => {
      if (timed && !timer) timer = setTimeout(kill, timed.thenMs);
    };
    child.stdin.end(JSON.stringify(['import', '-C', dir, ...files]));
    if (timed && timed.afterAcks <= 0) arm();
    if (plan && 'table' in plan) watchForTable(plan.dbFile, plan.table, () => ended || killed, kill);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const at = elapsed();
      pending += chunk;
      // Only whole lines count: a line cut short by the kill was not an acknowledgement.
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const ack = parseAck(line, at);
        if (ack) acks.push(ack);
        else other.push(line);
      }
      if (timed && acks.length >= timed.afterAcks) arm();
    });
    child.on('error', reject);
    child.on('exit', () => {
      ended = true;
      if (timer) clearTimeout(timer);
    });
    child.on('close', (code, signal) => {
      ended = true;
      if (timer) clearTimeout(timer);
      if (pending) other.push(pending);
      resolve({
        code,
        signal,
        killed: killed && signal === 'SIGKILL',
        ...(killedAt === undefined ? {} : { killedAt }),
        endedAt: elapsed(),
        acks,
        other,
        stderr: written.text,
      });
    });
  });
}

/** Polls (every millisecond, then as fast as the event loop allows once the file exists) for `table`. */
function watchForTable(dbFile: string, table: string, done: () => boolean, found: () => void): void {
  let db: Database.Database | undefined;
  const poll = () => {
    if (done()) {
      db?.close();
      return;
    }
    try {
      if (!db && existsSync(dbFile)) db = new Database(dbFile, { readonly: true, fileMustExist: true });
      if (db?.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table)) {
        found();
        db.close();
        return;
      }
    } catch {
      // The file is being created or locked for a moment: look again.
      db?.close();
      db = undefined;
    }
    if (db) setImmediate(poll);
    else setTimeout(poll, 1);
  };
  poll();
}

export type StoredFile = { source: string; count: number; lo: number; hi: number; dataIds: string[] };

/** What the SQLite file holds, read with a read-only connection. */
export type LedgerState = {
  exists: boolean;
  tables: string[];
  integrity: string[];
  head: { size: number; root: string } | undefined;
  rows: number;
  distinctIds: number;
  minSeq: number | null;
  maxSeq: number | null;
  /** Per source, in ledger order (by first seq). */
  files: StoredFile[];
  /** Checkpoint sizes in checkpoint order. */
  checkpointSizes: number[];
  /** Every record's data.id in ledger order. */
  order: string[];
};

export function inspectLedger(dbFile: string): LedgerState {
  const empty: LedgerState = {
    exists: false,
    tables: [],
    integrity: ['ok'],
    head: undefined,
    rows: 0,
    distinctIds: 0,
    minSeq: null,
    maxSeq: null,
    files: [],
    checkpointSizes: [],
    order: [],
  };
  if (!existsSync(dbFile)) return empty;
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    // Killed before the schema was made: the file exists but can hold no records yet.
    if (!['ledger_head', 'evidence', 'checkpoints'].every((t) => tables.includes(t))) {
      return { ...empty, exists: true, tables, integrity };
    }
    const totals = db
      .prepare(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids, MIN(seq) AS lo, MAX(seq) AS hi FROM evidence',
      )
      .get() as { n: number; ids: number; lo: number | null; hi: number | null };
    const head = db.prepare('SELECT size, root FROM ledger_head WHERE id = 1').get() as
      | { size: number; root: string }
      | undefined;
    const rows = db
      .prepare(`SELECT seq, source, json_extract(body, '$.data.id') AS did FROM evidence ORDER BY seq`)
      .all() as { seq: number; source: string; did: string }[];
    const bySource = new Map<string, StoredFile>();
    for (const r of rows) {
      const f = bySource.get(r.source) ?? { source: r.source, count: 0, lo: r.seq, hi: r.seq, dataIds: [] };
      f.count++;
      f.lo = Math.min(f.lo, r.seq);
      f.hi = Math.max(f.hi, r.seq);
      f.dataIds.push(r.did);
      bySource.set(r.source, f);
    }
    const checkpointSizes = (
      db.prepare('SELECT size FROM checkpoints ORDER BY seq').all() as { size: number }[]
    ).map((r) => r.size);
    return {
      exists: true,
      tables,
      integrity,
      head,
      rows: totals.n,
      distinctIds: totals.ids,
      minSeq: totals.lo,
      maxSeq: totals.hi,
      files: [...bySource.values()].sort((a, b) => a.lo - b.lo),
      checkpointSizes,
      order: rows.map((r) => r.did),
    };
  } finally {
    db.close();
  }
}
