import { createHash } from 'node:crypto';
import { canonicalBytes } from '../../core/canonical-json.ts';
import type { Unit } from '../control-test-run.ts';
import { inPeriodOrder } from './in-period-order.ts';
import { populationEntry } from './population-entry.ts';

/**
 * The population hash written to the ledger and the audit package (DESIGN.md §6). Public contract:
 *
 *     population_sha256 = lowercase hex of SHA-256( UTF-8 bytes of RFC 8785 canonical JSON of
 *         [ {"end", "evidence", "label", "start", "status"} for each unit in period order ] )
 *
 * - one object per unit with exactly these five members: `label`, `start`, `end` (the strings as given,
 *   dates `YYYY-MM-DD`), `status` (`met`, `missing` or `failed`) and `evidence` (the unit's evidence
 *   ids, sorted by UTF-16 code units); RFC 8785 writes the members in that alphabetical order. The
 *   unit's `reason` is not hashed.
 * - period order: sorted by `start`, then `label`, by UTF-16 code units ({@link inPeriodOrder}), so
 *   the order in which the units were listed does not matter.
 * - the empty population hashes `[]`.
 */
export function populationHash(units: readonly Unit[]): string {
  const entries = inPeriodOrder(units).map(populationEntry);
  return createHash('sha256').update(canonicalBytes(entries)).digest('hex');
}
