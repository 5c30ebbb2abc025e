import { addDays } from '../core/dates.ts';
import type { EvidenceRecord } from '../core/evidence/envelope.ts';
import type { ControlRun } from '../engine/control-run.ts';
import type { EvidenceRow, Store } from '../store/store.ts';

/** Bytes of record bodies a page aims at: big scans come a few at a time, small records in thousands. */
const PAGE_BYTES = 8 * 1024 * 1024;
const MIN_PAGE = 1;
const MAX_PAGE = 2000;
/** The first page is small: until a type's record size is known, a page may hold multi-megabyte scans. */
const FIRST_PAGE = 2;

type Cursor = {
  type: string;
  since?: string;
  until: string;
  runs: ControlRun[];
  page: EvidenceRow[];
  at: number;
  limit: number;
  done: boolean;
  after?: { observed_at: string; seq: number };
};

const startOf = (date: string) => `${date}T00:00:00.000Z`;

async function refill(store: Store, c: Cursor): Promise<void> {
  c.page = await store.evidenceByTime({
    type: c.type,
    ...(c.since ? { since: c.since } : {}),
    until: c.until,
    ...(c.after ? { after: c.after } : {}),
    limit: c.limit,
  });
  c.at = 0;
  const last = c.page.at(-1);
  if (!last) {
    c.done = true;
    return;
  }
  c.after = { observed_at: last.observed_at, seq: last.seq };
  const bytes = c.page.reduce((n, r) => n + r.body.length, 0);
  c.limit = Math.max(
    MIN_PAGE,
    Math.min(MAX_PAGE, Math.floor(PAGE_BYTES / Math.max(1, bytes / c.page.length))),
  );
}

const before = (a: EvidenceRow, b: EvidenceRow) =>
  a.observed_at < b.observed_at || (a.observed_at === b.observed_at && a.seq < b.seq);

/**
 * Feeds every run the records it reads, each read from the store once: one cursor per evidence type over
 * the union of the runs' date ranges, merged into one stream in (observed_at, seq) order, each record
 * parsed once and handed to the runs whose types and dates it matches. Returns how many were read.
 */
export async function feedEvidence(
  store: Store,
  runs: readonly ControlRun[],
  onProgress?: (records: number) => void,
): Promise<number> {
  const cursors = new Map<string, Cursor>();
  for (const run of runs) {
    for (const type of run.reads.types) {
      let c = cursors.get(type);
      if (!c) {
        c = { type, until: run.reads.until, runs: [], page: [], at: 0, limit: FIRST_PAGE, done: false };
        if (run.reads.since) c.since = run.reads.since;
        cursors.set(type, c);
      } else {
        if (!run.reads.since || (c.since && run.reads.since < c.since)) c.since = run.reads.since;
        if (run.reads.until > c.until) c.until = run.reads.until;
      }
      c.runs.push(run);
    }
  }
  const live = [...cursors.values()].map((c) => ({
    ...c,
    ...(c.since ? { since: startOf(c.since) } : {}),
    until: startOf(addDays(c.until, 1)),
  }));
  for (const c of live) if (!c.since) delete c.since;
  await Promise.all(live.map((c) => refill(store, c)));
  let read = 0;
  for (;;) {
    let next: Cursor | undefined;
    for (const c of live) {
      if (c.done) continue;
      const row = c.page[c.at] as EvidenceRow;
      if (!next || before(row, next.page[next.at] as EvidenceRow)) next = c;
    }
    if (!next) break;
    const row = next.page[next.at++] as EvidenceRow;
    if (next.at >= next.page.length) await refill(store, next);
    read++;
    if (onProgress && read % 10_000 === 0) onProgress(read);
    const day = row.observed_at.slice(0, 10);
    let record: EvidenceRecord | undefined;
    for (const run of next.runs) {
      if ((run.reads.since && day < run.reads.since) || day > run.reads.until) continue;
      if (!record) {
        record = JSON.parse(row.body) as EvidenceRecord;
        record.seq = row.seq;
      }
      run.add(record);
    }
  }
  onProgress?.(read);
  return read;
}
