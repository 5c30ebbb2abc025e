import type { Frequency } from '../../core/frequency.ts';
import { DEFAULT_SAMPLE_TABLE } from './sample-table.ts';
import type { SampledFrequency, SampleSize, SampleTable } from './sample-table-schema.ts';
import { sizeLadder } from './size-ladder.ts';

export type SampleSizeOptions = {
  /** From the last report (`prior_exceptions` in the control's override): one size up. */
  priorExceptions: boolean;
  /** A table that has passed `SampleTableSchema`; the default table when absent. */
  table?: SampleTable;
};

/**
 * How many items of a population of `populationSize` to test (DESIGN.md §6):
 *
 * 1. the table's size for the frequency, or for `event` the size of the first band whose `up_to` is at
 *    least the population size (the last band takes the rest);
 * 2. with prior exceptions, the next larger size of {@link sizeLadder} (the largest stays; `all` stays);
 * 3. never more than the population: a population no larger than the size is tested whole.
 *
 * The result equals `populationSize` exactly when every item is tested.
 */
export function sampleSize(
  frequency: Frequency | 'multi_daily',
  populationSize: number,
  { priorExceptions, table = DEFAULT_SAMPLE_TABLE }: SampleSizeOptions,
): number {
  if (!Number.isSafeInteger(populationSize) || populationSize < 0) {
    throw new RangeError(`population size must be a whole number ≥ 0, not ${populationSize}`);
  }
  const base = frequency === 'event' ? eventSize(table, populationSize) : tableSize(table, frequency);
  if (base === 'all') return populationSize;
  const size = priorExceptions ? (sizeLadder(table).find((s) => s > base) ?? base) : base;
  return Math.min(size, populationSize);
}

function tableSize(table: SampleTable, frequency: SampledFrequency): SampleSize {
  return table.frequency[frequency];
}

function eventSize(table: SampleTable, populationSize: number): SampleSize {
  const band = table.event.find((b) => b.up_to === undefined || populationSize <= b.up_to);
  // A table that passed the schema always ends with an open band; be explicit if one did not.
  if (!band) throw new RangeError(`the sample table has no event band for a population of ${populationSize}`);
  return band.size;
}
