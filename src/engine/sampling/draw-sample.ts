import type { Frequency } from '../../core/frequency.ts';
import type { Unit } from '../control-test-run.ts';
import { inPeriodOrder } from './in-period-order.ts';
import { populationHash } from './population-hash.ts';
import { sampleSeed } from './sample-seed.ts';
import { sampleSize } from './sample-size.ts';
import type { SampleTable } from './sample-table-schema.ts';
import { seededRandom } from './seeded-random.ts';
import { stratifiedPick } from './stratified-pick.ts';

/** A control's sample, as written to the ledger and the audit package (DESIGN.md §6). */
export type Sample = {
  control: string;
  population_size: number;
  /** {@link populationHash} of the population the sample was drawn from. */
  population_sha256: string;
  sample_size: number;
  /** `all` when every item is tested (the population is no larger than the size), else `stratified`. */
  method: 'all' | 'stratified';
  seed: string;
  /** The selected units, in period order. */
  items: Unit[];
};

export type DrawSampleInput = {
  controlId: string;
  frequency: Frequency | 'multi_daily';
  /** Every unit of the control's population in the period, in any order. */
  population: readonly Unit[];
  /** The engagement's seed, recorded with the sample so anyone can draw it again. */
  seed: string;
  /** From the last report: one size up ({@link sampleSize}). */
  priorExceptions: boolean;
  /** A table that has passed `SampleTableSchema`; the default table when absent. */
  table?: SampleTable;
};

/**
 * Draws a control's sample. Deterministic: the same population (in any order), seed and control give
 * the same items, on any machine. The steps, each a public contract:
 *
 * 1. order the population ({@link inPeriodOrder}) and hash it ({@link populationHash});
 * 2. size the sample ({@link sampleSize});
 * 3. seed_hash = {@link sampleSeed}(seed, control id, population hash);
 * 4. pick positions with {@link stratifiedPick} using {@link seededRandom}(seed_hash), and return the
 *    units at those positions of the ordered population.
 */
export function drawSample(input: DrawSampleInput): Sample {
  const size = sampleSize(input.frequency, input.population.length, {
    priorExceptions: input.priorExceptions,
    ...(input.table ? { table: input.table } : {}),
  });
  return draw(input.controlId, input.seed, input.population, size);
}

/**
 * What an auditor does with the package: draws the sample again from the population list, the seed and
 * the recorded size, without the table or the frequency. The result equals the recorded sample when the
 * population is the one that was hashed (compare `population_sha256`) and the draw was honest (compare
 * `items`); the recorded size itself is checked against the table separately.
 */
export function reDrawSample(
  recorded: Pick<Sample, 'control' | 'seed' | 'sample_size'>,
  population: readonly Unit[],
): Sample {
  return draw(recorded.control, recorded.seed, population, recorded.sample_size);
}

function draw(control: string, seed: string, population: readonly Unit[], size: number): Sample {
  const ordered = inPeriodOrder(population);
  const population_sha256 = populationHash(ordered);
  const random = seededRandom(sampleSeed(seed, control, population_sha256));
  const positions = stratifiedPick(ordered.length, size, random);
  return {
    control,
    population_size: ordered.length,
    population_sha256,
    sample_size: size,
    method: size === ordered.length ? 'all' : 'stratified',
    seed,
    items: positions.map((i) => ordered[i]!),
  };
}
