import { join } from 'node:path';
import { type BenchContext, type Benchmark, type BenchResult, type Figure, goalStatus } from './benchmark.ts';
import {
  DEFAULT_PEOPLE,
  DEFAULT_PERIOD,
  peopleForRecords,
  RECORDS_PER_PERSON,
  writeCompanyWorkload,
} from './company-workload.ts';
import type { BaselineChildReport, EvaluateChildReport } from './evaluate-child.ts';
import { formatNumber } from './format-table.ts';
import type { ImportChildReport } from './import-child.ts';
import { runChild } from './run-child.ts';

/** MB here is 10^6 bytes, as in the ledger benchmark; the 1 GB goal is 1,000 MB. */
const MB = 1e6;
const RATIO_GOAL = 2;
const RSS_GOAL_MB = 1000;
/** Every category, so that every control of the default library is evaluated. */
const CATEGORIES = 'security,availability,confidentiality,processing_integrity,privacy';

/**
 * How many people the workload has: BENCH_EVAL_PEOPLE, else BENCH_EVAL_RECORDS (about
 * {@link RECORDS_PER_PERSON} records a person), else {@link DEFAULT_PEOPLE} (about 2.05 million records).
 * Throws on a value that is not a whole number in range.
 */
export function evaluatePeople(env: NodeJS.ProcessEnv): { people: number; from: string } {
  const whole = (name: string, min: number) => {
    const value = Number(env[name]);
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`${name} must be an integer >= ${min}, got ${env[name]}`);
    return value;
  };
  if (env.BENCH_EVAL_PEOPLE) return { people: whole('BENCH_EVAL_PEOPLE', 5), from: 'BENCH_EVAL_PEOPLE' };
  if (env.BENCH_EVAL_RECORDS)
    return { people: peopleForRecords(whole('BENCH_EVAL_RECORDS', 1)), from: 'BENCH_EVAL_RECORDS' };
  return { people: DEFAULT_PEOPLE, from: 'default' };
}

const line = (label: string, text: string) => `  ${label.padEnd(26)} ${text}`;

export const evaluateBenchmark: Benchmark = {
  name: 'evaluate',
  description:
    "evaluation of a company's programme year (default 1,000 people, ~2 million records): time against read + parse, peak RSS",
  async run(context: BenchContext): Promise<BenchResult> {
    const { log } = context;
    const { people, from } = evaluatePeople(context.env);
    const period = DEFAULT_PERIOD;
    const periodArg = `${period.start}..${period.end}`;
    const file = join(context.tmp, 'company.jsonl');
    const programme = join(context.tmp, 'programme');

    log(
      `generating the workload: ${formatNumber(people)} people (${from}), period ${periodArg}, about ${formatNumber(people * RECORDS_PER_PERSON)} records…`,
    );
    const generateStarted = performance.now();
    const workload = await writeCompanyWorkload(file, {
      people,
      period,
      onProgress: (n) => {
        if (n % 500_000 === 0) log(`    generated ${formatNumber(n)}`);
      },
    });
    const generateSeconds = (performance.now() - generateStarted) / 1000;
    log(
      `generated ${formatNumber(workload.records)} records, ${formatNumber(workload.bytes / MB, 1)} MB in ${formatNumber(generateSeconds, 1)} s; types ${JSON.stringify(workload.types)}`,
    );

    log(
      'import: initProgramme (every category) + importEvidence of the file (child process; setup, not the subject)…',
    );
    const imported = await runChild<ImportChildReport>(
      'bench/import-child.ts',
      [programme, file, periodArg, CATEGORIES],
      { cwd: context.root, env: context.env },
    );
    const i = imported.output;
    log(
      `imported ${formatNumber(i.stored)} records in ${formatNumber(i.seconds, 1)} s (${formatNumber(i.stored / i.seconds)}/s, peak RSS ${formatNumber(i.maxRssBytes / MB)} MB)`,
    );

    // The baseline runs first: both then find the database file in the page cache, as the import left it.
    log(
      'baseline: evidenceByTime pages of every type the evaluation reads, JSON.parse of each body (child process)…',
    );
    const baselineRun = await runChild<BaselineChildReport>(
      'bench/evaluate-child.ts',
      ['baseline', programme, periodArg],
      {
        cwd: context.root,
        env: context.env,
      },
    );
    const b = baselineRun.output;
    log(`baseline: ${formatNumber(b.records)} records in ${formatNumber(b.seconds, 1)} s`);

    log(`evaluate: evaluateWith over ${periodArg} (child process)…`);
    const evaluated = await runChild<EvaluateChildReport>(
      'bench/evaluate-child.ts',
      ['evaluate', programme, periodArg, JSON.stringify(workload.planted)],
      { cwd: context.root, env: context.env },
    );
    const e = evaluated.output;

    const ratio = e.seconds / b.seconds;
    const rate = e.recordsRead / e.seconds;
    const baselineRate = b.records / b.seconds;
    const rssMb = e.maxRssBytes / MB;
    const statuses = (counts: Record<string, number>) =>
      Object.entries(counts)
        .map(([status, n]) => `${status} ${n}`)
        .join(', ');
    const out = [
      '',
      line(
        'workload',
        `${formatNumber(workload.records)} records: ${formatNumber(people)} people, ${formatNumber(workload.services)} services, ${formatNumber(workload.findingsPerScan)} findings a scan, ${formatNumber(workload.bytes / MB, 1)} MB of JSON Lines`,
      ),
      line(
        'import (setup)',
        `${formatNumber(i.stored)} stored in ${formatNumber(i.seconds, 1)} s = ${formatNumber(i.stored / i.seconds)} records/s, peak RSS ${formatNumber(i.maxRssBytes / MB, 1)} MB (not the subject)`,
      ),
      line('records in the store', `${formatNumber(i.size)}`),
      line(
        'evaluation',
        `${formatNumber(e.recordsRead)} records read in ${formatNumber(e.seconds, 2)} s = ${formatNumber(rate)} records/s (${e.controlsEvaluated} controls; opening the programme and store, not timed: ${formatNumber(e.setupSeconds, 2)} s)`,
      ),
      line(
        'baseline (read + parse)',
        `${formatNumber(b.records)} records, ${formatNumber(b.bytes / MB, 1)} MB of bodies in ${formatNumber(b.seconds, 2)} s = ${formatNumber(baselineRate)} records/s (${formatNumber(b.pages)} evidenceByTime pages over ${b.types.length} types, JSON.parse of each body)`,
      ),
      line(
        'ratio evaluation/baseline',
        `${formatNumber(ratio, 3)}   goal <= ${RATIO_GOAL}   ${goalStatus(ratio <= RATIO_GOAL)}`,
      ),
      line(
        'evaluation peak RSS',
        `${formatNumber(rssMb, 1)} MB (before the evaluation: ${formatNumber(e.rssBeforeBytes / MB, 1)} MB)   goal < ${formatNumber(RSS_GOAL_MB)} MB   ${goalStatus(rssMb < RSS_GOAL_MB)}`,
      ),
      line('baseline peak RSS', `${formatNumber(b.maxRssBytes / MB, 1)} MB`),
      line('controls', statuses(e.summary.controls)),
      line('criteria', statuses(e.summary.criteria)),
      line(
        'exceptions',
        `${formatNumber(e.summary.exceptions)} of ${formatNumber(e.summary.expected)} expected slots and items (${formatNumber(e.summary.met)} met)`,
      ),
      '',
      '  controls with exceptions or not effective:',
      ...e.withExceptions.map(
        (c) =>
          `    ${c.id.padEnd(26)} ${c.status.padEnd(14)} ${formatNumber(c.exceptions).padStart(6)} of ${formatNumber(c.expected)}` +
          `${c.examples[0] ? `   e.g. ${c.examples[0].slot}: ${c.examples[0].reason}` : ''}`,
      ),
      '',
      '  planted problems:',
      ...e.planted.map((p) => {
        const verdict =
          p.expect === 'masked'
            ? p.found
              ? 'FOUND (expected masked)'
              : 'MASKED, as expected'
            : p.found
              ? 'FOUND'
              : 'NOT FOUND';
        return `    ${verdict.padEnd(24)} ${p.control}: ${p.what}`;
      }),
      '',
    ];
    console.log(out.join('\n'));
    if (e.recordsRead !== b.records)
      console.log(
        `  WARNING: the evaluation read ${formatNumber(e.recordsRead)} records, the baseline ${formatNumber(b.records)}`,
      );
    if (i.stored !== workload.records)
      console.log(
        `  WARNING: ${formatNumber(i.stored)} stored of ${formatNumber(workload.records)} generated`,
      );
    const missed = e.planted.filter((p) => p.expect === 'exception' && !p.found);
    if (missed.length)
      console.log(
        `  WARNING: ${missed.length} planted problem(s) not reported: ${missed.map((p) => p.control).join(', ')}`,
      );

    const figures: Figure[] = [
      {
        measurement: 'evaluation time vs read + parse',
        value: e.seconds,
        unit: 's',
        baseline: b.seconds,
        ratio,
        goal: `ratio <= ${RATIO_GOAL}`,
        met: ratio <= RATIO_GOAL,
      },
      { measurement: 'evaluation throughput', value: rate, unit: 'records/s' },
      {
        measurement: 'evaluation peak RSS',
        value: rssMb,
        unit: 'MB',
        goal: `< ${formatNumber(RSS_GOAL_MB)} MB`,
        met: rssMb < RSS_GOAL_MB,
      },
      { measurement: 'baseline read + parse peak RSS', value: b.maxRssBytes / MB, unit: 'MB' },
      { measurement: 'import rate (setup)', value: i.stored / i.seconds, unit: 'records/s' },
    ];
    return {
      records: i.size,
      figures,
      details: {
        workload: { ...workload, sizeFrom: from, generateSeconds },
        import: { ...i, wallSeconds: imported.wallSeconds, recordsPerSecond: i.stored / i.seconds },
        baseline: { ...b, wallSeconds: baselineRun.wallSeconds, recordsPerSecond: baselineRate },
        evaluation: { ...e, wallSeconds: evaluated.wallSeconds, recordsPerSecond: rate, ratio },
        order: 'import, then the baseline child, then the evaluation child',
      },
    };
  },
};
