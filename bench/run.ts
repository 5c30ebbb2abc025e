/**
 * `npm run bench [-- <name>…]`: runs every benchmark in order (or the named ones), prints progress and
 * each benchmark's figures, then one summary table, and writes each benchmark's results to
 * `bench/results/<name>.json`. Goals are reported as met or missed; nothing here fails on a goal.
 * BENCH_RECORDS sets the ledger's data size (default 1,000,000); BENCH_CPU_PROF=1 adds a profiled
 * import. The evaluate benchmark's size is BENCH_EVAL_PEOPLE, else BENCH_EVAL_RECORDS (default 1,000
 * people, about 2.05 million records).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchContext, Benchmark, Figure } from './benchmark.ts';
import { goalStatus } from './benchmark.ts';
import { evaluateBenchmark, evaluatePeople } from './evaluate-benchmark.ts';
import { formatNumber, formatTable } from './format-table.ts';
import { ledgerBenchmark } from './ledger-benchmark.ts';
import { serveBenchmark } from './serve-benchmark.ts';

const BENCHMARKS: readonly Benchmark[] = [ledgerBenchmark, evaluateBenchmark, serveBenchmark];

const root = resolve(import.meta.dirname, '..');
const records = Number(process.env.BENCH_RECORDS ?? 1_000_000);
if (!Number.isSafeInteger(records) || records < 1) {
  console.error(`BENCH_RECORDS must be a positive integer, got ${process.env.BENCH_RECORDS}`);
  process.exit(2);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length) {
  console.error(
    `unknown benchmark ${unknown.join(', ')} (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`,
  );
  process.exit(2);
}
const selected = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;
try {
  if (selected.includes(evaluateBenchmark)) evaluatePeople(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Never a user's database or key: every workspace here is a fresh SQLite one under the temp folder.
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.EVIDENT_DATABASE_URL;
delete env.EVIDENT_KEY;

const tmp = mkdtempSync(join(tmpdir(), 'evident-bench-'));
const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const started = performance.now();
const log = (message: string) => {
  const s = Math.floor((performance.now() - started) / 1000);
  const stamp = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  console.log(`[${stamp}] ${message}`);
};

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();
const environment = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryMb: Math.round(totalmem() / 1e6),
  commit,
  /** 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
  loadAverageAtStart: loadavg(),
};
const busy = () => (loadavg()[0] ?? 0) > 1;
const loadLine = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

const summary: { benchmark: string; figure: Figure }[] = [];
const sizes: string[] = [];
try {
  log(
    `${selected.length} benchmark(s): ${selected.map((b) => b.name).join(', ')}; BENCH_RECORDS ${formatNumber(records)} (ledger); temp folder ${tmp}`,
  );
  log(`node ${environment.node}, ${environment.cpus} × ${environment.cpuModel}, commit ${commit ?? '?'}`);
  log(`${loadLine()}${busy() ? ' — WARNING: the machine is busy, figures will be skewed' : ''}`);
  for (const benchmark of selected) {
    log(`=== ${benchmark.name}: ${benchmark.description}`);
    const dir = join(tmp, benchmark.name);
    mkdirSync(dir, { recursive: true });
    const context: BenchContext = { records, tmp: dir, root, env, log };
    const benchStarted = new Date();
    const result = await benchmark.run(context);
    rmSync(dir, { recursive: true, force: true });
    const resultsDir = join(root, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const out = join(resultsDir, `${benchmark.name}.json`);
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          benchmark: benchmark.name,
          description: benchmark.description,
          startedAt: benchStarted.toISOString(),
          finishedAt: new Date().toISOString(),
          records: result.records ?? records,
          environment: { ...environment, loadAverageAtEnd: loadavg() },
          figures: result.figures,
          details: result.details,
        },
        null,
        2,
      )}\n`,
    );
    log(`=== ${benchmark.name} done; results in ${out}; ${loadLine()}`);
    for (const figure of result.figures) summary.push({ benchmark: benchmark.name, figure });
    sizes.push(`${benchmark.name} ${formatNumber(result.records ?? records)} records`);
  }
} finally {
  cleanUp();
}

const decimals = (x: number) => (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
const value = (x: number | undefined, unit = '') =>
  x === undefined ? '' : `${formatNumber(x, decimals(x))}${unit ? ` ${unit}` : ''}`;
console.log(`\nSummary (${sizes.join(', ')}; node ${environment.node}, ${environment.cpus} CPUs)\n`);
console.log(
  formatTable([
    ['benchmark', 'measurement', 'value', 'baseline', 'ratio', 'goal', 'status'],
    ...summary.map(({ benchmark, figure: f }) => [
      benchmark,
      f.measurement,
      value(f.value, f.unit),
      value(f.baseline, f.baseline === undefined ? '' : f.unit),
      f.ratio === undefined ? '' : formatNumber(f.ratio, 3),
      f.goal ?? '',
      f.met === undefined ? '' : goalStatus(f.met),
    ]),
  ]),
);
// At the end the load includes this run's own work, so it is shown, not judged.
log(`done; ${loadLine()}`);
