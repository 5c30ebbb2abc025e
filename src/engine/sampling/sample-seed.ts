import { createHash } from 'node:crypto';
import { canonicalBytes } from '../../core/canonical-json.ts';

/**
 * The 32 bytes every draw of a control's sample starts from (DESIGN.md §6). Public contract:
 *
 *     seed_hash = SHA-256( UTF-8 bytes of RFC 8785 canonical JSON of [seed, control_id, population_sha256] )
 *
 * i.e. the JSON array of three strings, e.g. `["2026-audit","access-review","9f86d0…"]`, with
 * `population_sha256` as lowercase hex. A different seed, control or population gives a different draw.
 */
export function sampleSeed(seed: string, controlId: string, populationSha256: string): Buffer {
  return createHash('sha256')
    .update(canonicalBytes([seed, controlId, populationSha256]))
    .digest();
}
