import { z } from 'zod';
import type { Frequency } from '../../core/frequency.ts';

/**
 * The frequencies the table sizes by slot count. `multi_daily` (a control operating several times a
 * day) is not a `Frequency` today; it is kept so the table states every published row (DESIGN.md §6).
 */
export type SampledFrequency = Exclude<Frequency, 'event'> | 'multi_daily';

/** A sample size: a whole number of items, or `all` (test the whole population). */
export const SampleSizeSchema = z.union([z.number().int().min(1), z.literal('all')]);

/**
 * One band of event populations: populations of at most `up_to` items (and more than the previous
 * band's `up_to`) get `size`. The last band has no `up_to` and takes every larger population.
 */
export const EventBandSchema = z.strictObject({
  up_to: z.number().int().min(0).optional(),
  size: SampleSizeSchema,
});

/**
 * The sample size table (DESIGN.md §6), as configuration may override it. Every row must be given, so a
 * misspelt key is reported rather than silently falling back to a default.
 */
export const SampleTableSchema = z.strictObject({
  frequency: z.strictObject({
    annual: SampleSizeSchema,
    quarterly: SampleSizeSchema,
    monthly: SampleSizeSchema,
    weekly: SampleSizeSchema,
    daily: SampleSizeSchema,
    continuous: SampleSizeSchema,
    multi_daily: SampleSizeSchema,
  }),
  event: z
    .array(EventBandSchema)
    .min(1)
    .superRefine((bands, ctx) => {
      let previous: number | undefined;
      bands.forEach((band, i) => {
        const last = i === bands.length - 1;
        if (last && band.up_to !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'up_to'],
            message: 'the last band must not have up_to: it takes every larger population',
          });
        } else if (!last && band.up_to === undefined) {
          ctx.addIssue({ code: 'custom', path: [i, 'up_to'], message: 'only the last band may omit up_to' });
        } else if (band.up_to !== undefined && previous !== undefined && band.up_to <= previous) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'up_to'],
            message: `must be larger than the previous band's up_to (${previous})`,
          });
        }
        if (band.up_to !== undefined) previous = band.up_to;
      });
    }),
});

export type SampleSize = z.infer<typeof SampleSizeSchema>;
export type EventBand = z.infer<typeof EventBandSchema>;
export type SampleTable = z.infer<typeof SampleTableSchema>;
