/** A collection run, as `evident sources --json` / `evident collect --json` print it (docs/sources.md). */
export type Run = {
  id?: string | number;
  run?: string | number;
  source: string;
  collector: string;
  status: 'ok' | 'error' | 'running';
  started_at: string;
  finished_at?: string | null;
  items?: number;
  stored?: number;
  duplicates?: number;
  error?: string | null;
};

export type Source = {
  id: string;
  collector: string;
  schedule?: string | null;
  timeout_seconds?: number;
  last_run: Run | null;
  runs: Run[];
};

export type Sources = { sources: Source[] };
