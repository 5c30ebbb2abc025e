import type { EvidenceRef } from '../report-model.ts';
import { evidentProp } from './evident-prop.ts';
import type { OscalRelevantEvidence } from './oscal-types.ts';

/**
 * One evidence record behind an observation, pointing into the ledger: its leaf index, its record id
 * (SHA-256 of its canonical content, docs/ledger.md) and its leaf hash, so an auditor can ask for the
 * inclusion proof and recompute both hashes. The href names the content by its hash in the RFC 6920
 * `ni` form, which any holder of the record can check without Evident.
 */
export function relevantEvidence(id: string, ref: EvidenceRef | undefined): OscalRelevantEvidence {
  const href = niUri(id);
  if (!ref)
    return {
      ...(href ? { href } : {}),
      description: `Evidence record ${id} (not among the records of this report's ledger extract).`,
      props: [evidentProp('record-id', id)],
    };
  return {
    ...(href ? { href } : {}),
    description:
      `${ref.type} record from ${ref.source} about ${ref.subject}, observed ${ref.observed_at}, ` +
      `collected ${ref.collected_at}; ledger leaf ${ref.ledger_index}.`,
    props: [
      evidentProp('ledger-index', ref.ledger_index),
      evidentProp('record-id', ref.id),
      evidentProp('leaf-hash', ref.leaf_hash),
      evidentProp('evidence-type', ref.type),
      evidentProp('observed-at', ref.observed_at),
      evidentProp('collected-at', ref.collected_at),
    ],
  };
}

/** RFC 6920 §3 `ni:///sha-256;<base64url digest>`, for a 64-hex-digit SHA-256. */
function niUri(sha256: string): string | undefined {
  if (!/^[0-9a-f]{64}$/i.test(sha256)) return undefined;
  return `ni:///sha-256;${Buffer.from(sha256, 'hex').toString('base64url')}`;
}
