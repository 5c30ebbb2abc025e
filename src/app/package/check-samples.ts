import { createHash } from 'node:crypto';
import { z } from 'zod';
import { reDrawSample, sampleSize } from '../../engine/sampling/index.ts';
import { PACKAGE } from './package-layout.ts';
import { type PackageProblem, parseJsonAs } from './package-problem.ts';
import { PackagedSampleSchema, PopulationEntrySchema } from './package-schemas.ts';

type Proven = ReadonlyMap<string, { subject: string; type: string; source: string; data: unknown }>;

/**
 * Re-derives every sample (DESIGN.md §6): the population file hashes to the recorded population hash,
 * was frozen by a record proven in the ledger, has the recorded size, and the seeded draw over it gives
 * exactly the recorded items; the sample size is the one the default table gives.
 */
export function checkSamples(
  text: string,
  files: ReadonlyMap<string, Buffer>,
  proven: Proven,
  problems: PackageProblem[],
): number {
  const samples = parseJsonAs(z.array(PackagedSampleSchema), text, PACKAGE.samples, problems);
  if (!samples) return 0;
  for (const s of samples) {
    const at = `${PACKAGE.samples} (${s.control})`;
    const bytes = files.get(s.population_file);
    if (!bytes) {
      problems.push({ file: s.population_file, problem: `population of ${s.control} is missing` });
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hash !== s.population_sha256) {
      problems.push({
        file: s.population_file,
        problem: `hashes to ${hash}, not to ${s.control}'s population hash ${s.population_sha256}`,
      });
      continue;
    }
    const frozen = proven.get(s.frozen_record);
    const data = frozen?.data as { sha256?: string } | undefined;
    if (!frozen || frozen.subject !== s.control || data?.sha256 !== s.population_sha256)
      problems.push({
        file: at,
        problem: `the population is not frozen by a proven ledger record (${s.frozen_record.slice(0, 12)})`,
      });
    const population = parseJsonAs(
      z.array(PopulationEntrySchema),
      bytes.toString('utf8'),
      s.population_file,
      problems,
    );
    if (!population) continue;
    if (population.length !== s.population_size)
      problems.push({
        file: at,
        problem: `population has ${population.length} items, the sample says ${s.population_size}`,
      });
    const expected = sampleSize(s.frequency, population.length, { priorExceptions: s.prior_exceptions });
    if (expected !== s.sample_size)
      problems.push({
        file: at,
        problem: `sample size ${s.sample_size}, the table gives ${expected} for ${population.length} ${s.frequency} items`,
      });
    const again = reDrawSample(s, population);
    const items = again.items.map((u) => u.label);
    if (again.population_sha256 !== s.population_sha256 || items.join('\n') !== s.items.join('\n'))
      problems.push({
        file: at,
        problem: `re-drawn sample is [${items.join(', ')}], the package says [${s.items.join(', ')}]`,
      });
  }
  return samples.length;
}
