/** What the company workload generator takes and returns (the generator is described in docs/demo.md). */
export type WorkloadOptions = {
  people?: number;
  period?: { start: string; end: string };
  seed?: number;
  onProgress?: (records: number) => void;
  /** The company's mail and web domain (default `example.com`). */
  domain?: string;
  /** The GitHub organisation that owns the service repositories (default `example`). */
  githubOrg?: string;
  /** Names of the first vendors, in order (default `Cloud provider`, `Identity provider`, then made up). */
  vendorNames?: readonly string[];
  /**
   * Days after the period's end for which the occasional records already scheduled are still written
   * (default 0): work due in the period's last slots but done after it, such as the last quarter's
   * reviews. The daily streams stop at the period's end.
   */
  daysAfter?: number;
};

/** A problem the generator put in on purpose, and how the evaluation should show it. */
export type PlantedProblem = {
  control: string;
  /** `exception`: the control should report it; `masked`: the control's rule hides it. */
  expect: 'exception' | 'masked';
  /** Text in an exception's slot label or reason that identifies it; absent when any exception will do. */
  match?: string;
  what: string;
};

export type WorkloadStats = {
  records: number;
  bytes: number;
  types: Record<string, number>;
  people: number;
  services: number;
  findingsPerScan: number;
  period: { start: string; end: string };
  seed: number;
  planted: PlantedProblem[];
};

/** One evidence record as the generator writes it: an import envelope (DESIGN.md §4). */
export type Envelope = { type: string; source: string; subject: string; observed_at: string; data: unknown };
