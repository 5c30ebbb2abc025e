import type { SampleTable } from './sample-table-schema.ts';

/**
 * The distinct whole-number sizes of a table, smallest first: the rungs a control with prior-period
 * exceptions climbs one of (DESIGN.md §6). For the default table, [1, 2, 5, 8, 15, 25, 40].
 */
export function sizeLadder(table: SampleTable): number[] {
  const sizes = new Set<number>();
  for (const size of Object.values(table.frequency)) if (size !== 'all') sizes.add(size);
  for (const band of table.event) if (band.size !== 'all') sizes.add(band.size);
  return [...sizes].sort((a, b) => a - b);
}
