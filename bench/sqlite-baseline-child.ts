/**
 * Child process of the ledger benchmark: `node --import tsx bench/sqlite-baseline-child.ts <db> <file>`.
 * The floor the import is compared with: the same rows inserted with plain better-sqlite3, one
 * prepared statement, one transaction, into the product's own schema (its migration creates the
 * table and indexes) with the product's pragmas. Reading and JSON.parse of each line are timed, as
 * the import times them; the id and leaf hash are cheap pseudo-random hex (no SHA-256), spread
 * like real ids so the unique index sees the same scattered inserts. Prints one JSON line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.ts';
import { pseudoHex } from './pseudo-random.ts';

export type BaselineChildReport = {
  records: number;
  seconds: number;
  closeSeconds: number;
  rssBeforeBytes: number;
  maxRssBytes: number;
};

const [dbFile, file] = process.argv.slice(2);
if (!dbFile || !file) throw new Error('usage: sqlite-baseline-child.ts <db> <file>');

// The schema exactly as the product makes it, then a plain connection with the same pragmas.
await (await openSqlite(dbFile)).close();
const db = new Database(dbFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const insert = db.prepare(
  'INSERT INTO evidence (seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const collectedAt = new Date().toISOString();

const rssBeforeBytes = process.memoryUsage().rss;
const started = performance.now();
db.exec('BEGIN');
let seq = 0;
const lines = createInterface({
  input: createReadStream(file, { encoding: 'utf8' }),
  crlfDelay: Number.POSITIVE_INFINITY,
});
for await (const line of lines) {
  if (!line) continue;
  const r = JSON.parse(line) as { type: string; source: string; subject: string; observed_at: string };
  insert.run(
    seq,
    pseudoHex(seq, 1),
    r.type,
    r.source,
    r.subject,
    r.observed_at,
    collectedAt,
    pseudoHex(seq, 2),
    line,
  );
  seq++;
  if (seq % 200_000 === 0) console.error(`    baseline: ${seq.toLocaleString('en')} inserted`);
}
db.exec('COMMIT');
const seconds = (performance.now() - started) / 1000;
const closing = performance.now();
db.close();
const report: BaselineChildReport = {
  records: seq,
  seconds,
  closeSeconds: (performance.now() - closing) / 1000,
  rssBeforeBytes,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
console.log(JSON.stringify(report));
