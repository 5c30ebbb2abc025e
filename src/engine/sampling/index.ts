/**
 * Sampling for Type II testing (DESIGN.md §6, docs/sampling.md): sample sizes, the population hash, and
 * a deterministic stratified draw that an auditor can repeat from the audit package.
 */
export { type DrawSampleInput, drawSample, reDrawSample, type Sample } from './draw-sample.ts';
export { inPeriodOrder } from './in-period-order.ts';
export { type PopulationEntry, populationEntry } from './population-entry.ts';
export { populationHash } from './population-hash.ts';
export { sampleSeed } from './sample-seed.ts';
export { type SampleSizeOptions, sampleSize } from './sample-size.ts';
export { DEFAULT_SAMPLE_TABLE } from './sample-table.ts';
export {
  type EventBand,
  EventBandSchema,
  type SampledFrequency,
  type SampleSize,
  SampleSizeSchema,
  type SampleTable,
  SampleTableSchema,
} from './sample-table-schema.ts';
export { type SeededRandom, seededRandom } from './seeded-random.ts';
export { sizeLadder } from './size-ladder.ts';
export { stratifiedPick } from './stratified-pick.ts';
