/**
 * Child process of the evaluate benchmark, one measurement per process so that its peak RSS is its own:
 *
 *   node --import tsx bench/evaluate-child.ts evaluate <dir> <START..END> [<planted JSON>]
 *   node --import tsx bench/evaluate-child.ts baseline <dir> <START..END>
 *
 * `evaluate` runs `evaluateWith` over the period, the programme and its store opened first (not timed),
 * and reports the summary, the controls with exceptions and, for each planted problem, whether an
 * exception of its control names it. `baseline` reads the same records the evaluation reads (each type
 * the in-scope controls read, over the union of their date ranges, as feedEvidence does) a page at a time
 * with `store.evidenceByTime` and `JSON.parse`s every body, nothing more: the floor for any evaluation.
 * Either prints one JSON line: its timings and peak RSS.
 */

import { evaluateWith } from '../src/app/evaluate-programme.ts';
import { parsePeriod } from '../src/app/parse-args.ts';
import { openWorkspace, type Workspace } from '../src/app/workspace.ts';
import { addDays } from '../src/core/dates.ts';
import { type EvaluationScope, startControl } from '../src/engine/control-run.ts';
import { controlScope, inScopeCriteria } from '../src/engine/control-scope.ts';
import type { EvidenceRow } from '../src/store/store.ts';
import type { PlantedProblem } from './company-workload.ts';

export type ControlSummary = {
  id: string;
  status: string;
  expected: number;
  met: number;
  exceptions: number;
  /** The first few exceptions: slot label and reason (cut to 160 characters). */
  examples: { slot: string; reason: string }[];
};

export type PlantedCheck = PlantedProblem & {
  /** Whether an exception of the control names `match` (or, without `match`, whether it has any). */
  found: boolean;
  exception?: { slot: string; reason: string };
};

export type EvaluateChildReport = {
  mode: 'evaluate';
  recordsRead: number;
  seconds: number;
  setupSeconds: number;
  rssBeforeBytes: number;
  maxRssBytes: number;
  controlsEvaluated: number;
  summary: {
    controls: Record<string, number>;
    criteria: Record<string, number>;
    exceptions: number;
    expected: number;
    met: number;
  };
  withExceptions: ControlSummary[];
  planted: PlantedCheck[];
};

export type BaselineChildReport = {
  mode: 'baseline';
  records: number;
  bytes: number;
  seconds: number;
  setupSeconds: number;
  pages: number;
  /** Per type: the records read and the observed_at range asked for. */
  types: { type: string; records: number; since?: string; until: string }[];
  rssBeforeBytes: number;
  maxRssBytes: number;
};

/** The same page sizing as feedEvidence: about 8 MB of bodies a page, between 4 and 2,000 rows. */
const PAGE_BYTES = 8 * 1024 * 1024;
const MIN_PAGE = 4;
const MAX_PAGE = 2000;
const EXAMPLES = 5;

const seconds = (since: number) => (performance.now() - since) / 1000;
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
const progress = (label: string, started: number) => {
  let reported = 0;
  return (records: number) => {
    if (records - reported < 250_000) return;
    reported = records;
    const rate = Math.round(records / seconds(started)).toLocaleString('en');
    const rss = Math.round(process.memoryUsage().rss / 1e6);
    console.error(`    ${label}: ${records.toLocaleString('en')} records (${rate}/s, rss ${rss} MB)`);
  };
};

/** The in-scope controls' runs, as evaluateWith starts them. */
function startRuns(ws: Workspace, scope: EvaluationScope) {
  const criteria = inScopeCriteria(ws.programme, ws.catalog);
  return ws.programme.controls
    .filter((control) => controlScope(control, criteria) === 'in_scope')
    .map((control) => startControl(control, scope, ws.programme.vendors));
}

/** Per evidence type, the observed_at bounds the evaluation reads: the union of its runs' date ranges. */
function readRanges(ws: Workspace, scope: EvaluationScope) {
  const ranges = new Map<string, { since?: string; until: string; open: boolean }>();
  for (const run of startRuns(ws, scope)) {
    for (const type of run.reads.types) {
      const r = ranges.get(type);
      if (!r) {
        ranges.set(type, {
          ...(run.reads.since ? { since: run.reads.since } : {}),
          until: run.reads.until,
          open: !run.reads.since,
        });
        continue;
      }
      if (!run.reads.since) r.open = true;
      else if (!r.since || run.reads.since < r.since) r.since = run.reads.since;
      if (run.reads.until > r.until) r.until = run.reads.until;
    }
  }
  return [...ranges].map(([type, r]) => ({
    type,
    ...(r.open || !r.since ? {} : { since: `${r.since}T00:00:00.000Z` }),
    until: `${addDays(r.until, 1)}T00:00:00.000Z`,
  }));
}

async function baseline(ws: Workspace, scope: EvaluationScope, setupSeconds: number) {
  const ranges = readRanges(ws, scope);
  const rssBeforeBytes = process.memoryUsage().rss;
  const started = performance.now();
  const report = progress('baseline', started);
  let records = 0;
  let bytes = 0;
  let pages = 0;
  // Something of every parsed record is used, so the parse cannot be optimised away.
  let checksum = 0;
  const types: BaselineChildReport['types'] = [];
  for (const range of ranges) {
    let after: { observed_at: string; seq: number } | undefined;
    let limit = 64;
    let ofType = 0;
    for (;;) {
      const page: EvidenceRow[] = await ws.store.evidenceByTime({
        type: range.type,
        ...(range.since ? { since: range.since } : {}),
        until: range.until,
        ...(after ? { after } : {}),
        limit,
      });
      const last = page.at(-1);
      if (!last) break;
      pages++;
      let pageBytes = 0;
      for (const row of page) {
        const record = JSON.parse(row.body) as { observed_at: string };
        checksum += record.observed_at.length;
        pageBytes += row.body.length;
      }
      bytes += pageBytes;
      records += page.length;
      ofType += page.length;
      report(records);
      after = { observed_at: last.observed_at, seq: last.seq };
      limit = Math.max(
        MIN_PAGE,
        Math.min(MAX_PAGE, Math.floor(PAGE_BYTES / Math.max(1, pageBytes / page.length))),
      );
    }
    types.push({ ...range, records: ofType });
  }
  const elapsed = seconds(started);
  if (checksum < 0) console.error('unreachable');
  const out: BaselineChildReport = {
    mode: 'baseline',
    records,
    bytes,
    seconds: elapsed,
    setupSeconds,
    pages,
    types,
    rssBeforeBytes,
    maxRssBytes: maxRssBytes(),
  };
  return out;
}

async function evaluate(
  ws: Workspace,
  scope: EvaluationScope,
  setupSeconds: number,
  planted: PlantedProblem[],
) {
  const rssBeforeBytes = process.memoryUsage().rss;
  const started = performance.now();
  const result = await evaluateWith(ws, ws.store, scope, progress('evaluate', started));
  const elapsed = seconds(started);
  const peak = maxRssBytes();
  const example = (e: { slot: string; reason: string }) => ({ slot: e.slot, reason: short(e.reason) });
  const withExceptions: ControlSummary[] = result.controls
    .filter((c) => c.exceptions.length || c.status !== 'effective')
    .map((c) => ({
      id: c.id,
      status: c.status,
      expected: c.expected,
      met: c.met,
      exceptions: c.exceptions.length,
      examples: c.exceptions.slice(0, EXAMPLES).map(example),
    }));
  const checks: PlantedCheck[] = planted.map((p) => {
    const control = result.controls.find((c) => c.id === p.control);
    const hit = control?.exceptions.find(
      (e) => p.match === undefined || e.slot.includes(p.match) || e.reason.includes(p.match),
    );
    return { ...p, found: !!hit, ...(hit ? { exception: example(hit) } : {}) };
  });
  const out: EvaluateChildReport = {
    mode: 'evaluate',
    recordsRead: result.records_read,
    seconds: elapsed,
    setupSeconds,
    rssBeforeBytes,
    maxRssBytes: peak,
    controlsEvaluated: result.controls.length,
    summary: result.summary,
    withExceptions,
    planted: checks,
  };
  return out;
}

const [mode, dir, period, plantedJson] = process.argv.slice(2);
if ((mode !== 'evaluate' && mode !== 'baseline') || !dir || !period)
  throw new Error('usage: evaluate-child.ts <evaluate|baseline> <dir> <START..END> [<planted JSON>]');

const setupStarted = performance.now();
const workspace = await openWorkspace(dir, process.env);
const scope: EvaluationScope = { type: 'II', period: parsePeriod(period) };
const setupSeconds = seconds(setupStarted);
try {
  const report =
    mode === 'baseline'
      ? await baseline(workspace, scope, setupSeconds)
      : await evaluate(
          workspace,
          scope,
          setupSeconds,
          plantedJson ? (JSON.parse(plantedJson) as PlantedProblem[]) : [],
        );
  console.log(JSON.stringify(report));
} finally {
  await workspace.store.close();
}
