/** What `bench/run.ts` hands every benchmark. */
export type BenchContext = {
  /** How many evidence records to generate: BENCH_RECORDS, default 1,000,000. */
  records: number;
  /** A temporary folder for this run; `run.ts` removes it when the run ends, however it ends. */
  tmp: string;
  /** The repository root: child processes run here, so `--import tsx` and `bench/…` resolve. */
  root: string;
  /** Environment for anything that opens a workspace: never a user's database URL or key. */
  env: NodeJS.ProcessEnv;
  /** A progress line, stamped with the time since the run started. */
  log: (message: string) => void;
};

/** One line of the summary table. A goal is reported as met or missed, never asserted. */
export type Figure = {
  measurement: string;
  value: number;
  unit: string;
  /** The comparison figure, in the same unit, when the measurement has one. */
  baseline?: number;
  ratio?: number;
  goal?: string;
  met?: boolean;
};

export type BenchResult = {
  /** The records this benchmark measured, when not BENCH_RECORDS (kept in its results JSON). */
  records?: number;
  figures: Figure[];
  /** Everything else worth keeping in the JSON results: raw timings, counts, settings. */
  details: Record<string, unknown>;
};

export type Benchmark = {
  /** Short name; the results are written to `bench/results/<name>.json`. */
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchResult>;
};

export const goalStatus = (met: boolean) => (met ? 'GOAL MET' : 'GOAL MISSED');
