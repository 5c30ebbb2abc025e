/** The benchmark's company: 1,000 people over calendar 2026 (docs/performance.md). */
export const DEFAULT_PEOPLE = 1000;
export const DEFAULT_PERIOD = { start: '2026-01-01', end: '2026-12-31' } as const;
export const DEFAULT_SEED = 2026;
/** Records per person at the default mix (measured at 1,000 people), to size a workload by records. */
export const RECORDS_PER_PERSON = 2055;

/** The number of people whose workload has about `records` records (at least 5). */
export const peopleForRecords = (records: number) => Math.max(5, Math.round(records / RECORDS_PER_PERSON));
