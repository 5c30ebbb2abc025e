/**
 * The company workload generator moved to src/app/demo/workload/ (the demo company is built from it);
 * the benchmarks and their tests import it from here. The mix and the planted problems: docs/demo.md.
 */
export { generateCompanyWorkload } from '../src/app/demo/workload/generate-company-workload.ts';
export {
  DEFAULT_PEOPLE,
  DEFAULT_PERIOD,
  DEFAULT_SEED,
  peopleForRecords,
  RECORDS_PER_PERSON,
} from '../src/app/demo/workload/workload-defaults.ts';
export type {
  PlantedProblem,
  WorkloadOptions,
  WorkloadStats,
} from '../src/app/demo/workload/workload-types.ts';
export { writeCompanyWorkload } from '../src/app/demo/workload/write-company-workload.ts';
