import { createHash } from 'node:crypto';
import { canonicalBytes } from '../core/canonical-json.ts';
import { validateDraft } from '../core/evidence/envelope.ts';
import { recordBytes } from '../core/evidence/record-bytes.ts';
import type { Unit } from '../engine/control-test-run.ts';
import { inPeriodOrder, populationEntry } from '../engine/sampling/index.ts';
import type { Period } from '../engine/slots.ts';
import { ingest, type Ledger } from './ingest.ts';

/** The ledger record holding a frozen population (docs/cli.md, `evident sample`). */
export const FROZEN_SOURCE = 'evident-sample';
export const FROZEN_KIND = 'sample_population';

export type Frozen = { id: string; ledger_index: number };

/**
 * Writes a control's population into the ledger (DESIGN.md §6: "the population is frozen") as one
 * `document` record whose artifact is exactly the bytes `population_sha256` is the SHA-256 of
 * (docs/sampling.md §2: RFC 8785 JSON of the hashed entries in period order), so an auditor recomputes
 * the hash from the artifact with `sha256sum` and re-draws the sample from it. `reason` is not in those
 * bytes, as it is not hashed. The record's content depends only on the control, the period and the
 * population (`observed_at` is the period's last second, not now), so freezing the same population
 * again stores nothing: ingest skips a record whose content id it already holds.
 */
export async function freezePopulation(
  ledger: Ledger,
  input: { control: string; period: Period; population: readonly Unit[]; populationSha256: string },
): Promise<Frozen> {
  const { control, period } = input;
  const bytes = canonicalBytes(inPeriodOrder(input.population).map(populationEntry));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A defect, not bad input: the artifact must be the very bytes the recorded hash is taken over.
  if (sha256 !== input.populationSha256)
    throw new Error(`population bytes hash to ${sha256}, not to the sampled ${input.populationSha256}`);
  const checked = validateDraft({
    type: 'document',
    source: FROZEN_SOURCE,
    subject: control,
    observed_at: `${period.end}T23:59:59.000Z`,
    data: { title: `Population of ${control} for ${period.start}..${period.end}`, kind: FROZEN_KIND, sha256 },
    artifacts: [
      {
        name: `${control}-population-${period.start}..${period.end}.json`,
        sha256,
        size: bytes.length,
        media_type: 'application/json',
      },
    ],
  });
  if (checked.problems)
    throw new Error(`frozen population record: ${checked.problems.map((p) => `${p.path}: ${p.message}`)}`);
  const { id } = recordBytes(checked.draft, '');
  await ingest(ledger, [{ draft: checked.draft, files: [{ sha256, bytes }] }]);
  const [row] = await ledger.store.findEvidence(id, 1);
  if (!row || row.id !== id) throw new Error(`frozen population record ${id} is not in the store`);
  return { id, ledger_index: row.seq };
}
