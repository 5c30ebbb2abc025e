import { fileSink } from './file-sink.ts';
import { generateCompanyWorkload } from './generate-company-workload.ts';
import type { WorkloadOptions, WorkloadStats } from './workload-types.ts';

/**
 * Writes the company workload of {@link WorkloadOptions} to `file` as JSON Lines (the `evaluate`
 * benchmark's input) and returns what it wrote. Lines are written day by day, so they are nearly but not
 * strictly in `observed_at` order; every line passes `validateDraft`.
 */
export const writeCompanyWorkload = (file: string, options: WorkloadOptions = {}): Promise<WorkloadStats> =>
  generateCompanyWorkload(fileSink(file), options);
