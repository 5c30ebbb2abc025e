import type { SampleTable } from './sample-table-schema.ts';

const table: SampleTable = {
  frequency: {
    annual: 1,
    quarterly: 2,
    monthly: 2,
    weekly: 5,
    daily: 25,
    continuous: 25,
    multi_daily: 40,
  },
  event: [{ up_to: 10, size: 'all' }, { up_to: 50, size: 8 }, { up_to: 250, size: 15 }, { size: 25 }],
};
Object.freeze(table.frequency);
for (const band of table.event) Object.freeze(band);
Object.freeze(table.event);

/**
 * The sample sizes of DESIGN.md §6: by control frequency, and for event-driven controls by the size of
 * the population (≤ 10 → all; 11–50 → 8; 51–250 → 15; > 250 → 25). Frozen: override it by passing
 * another table, never by changing this one.
 */
export const DEFAULT_SAMPLE_TABLE: SampleTable = Object.freeze(table);
