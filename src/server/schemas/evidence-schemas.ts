import { z } from '@hono/zod-openapi';
import { EVIDENCE_TYPES } from '../../app/dashboard/vocabulary.ts';
import { Sha256Hex } from './common-schemas.ts';

/** `YYYY-MM-DD` (whole UTC days) or an ISO 8601 date-time, as `evident evidence list` takes. */
const TimeBound = z
  .string()
  .refine(
    (t) =>
      /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(t) && !Number.isNaN(Date.parse(/T/.test(t) ? t : `${t}T00:00:00Z`)),
    'expected YYYY-MM-DD or an ISO 8601 date-time',
  )
  .openapi({ example: '2026-03-01' });

export const EvidenceQuery = z.object({
  type: z.enum(EVIDENCE_TYPES).optional(),
  source: z.string().min(1).max(200).optional(),
  subject: z.string().min(1).max(500).optional(),
  since: TimeBound.optional(),
  until: TimeBound.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const EvidenceSummary = z.object({
  id: Sha256Hex,
  index: z.number().int(),
  type: z.string(),
  source: z.string(),
  subject: z.string(),
  observed_at: z.string(),
  collected_at: z.string(),
});

export const EvidenceList = z
  .object({ total: z.number().int(), items: z.array(EvidenceSummary.openapi('EvidenceSummary')) })
  .openapi('EvidenceList');

export const EvidenceParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{6,64}$/, 'an evidence id: 6 to 64 lowercase hex characters')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const ArtifactParams = EvidenceParams.extend({
  sha256: Sha256Hex.openapi({ param: { name: 'sha256', in: 'path' } }),
});

export const EvidenceDetail = EvidenceSummary.extend({
  retroactive: z.boolean(),
  data: z.unknown(),
  artifacts: z.array(
    z.object({
      name: z.string(),
      sha256: Sha256Hex,
      size: z.number().int().optional(),
      media_type: z.string().optional(),
    }),
  ),
  leaf: z.string(),
  leaf_hash: Sha256Hex,
  proof: z.object({
    index: z.number().int(),
    size: z.number().int(),
    proof: z.array(Sha256Hex),
    root: Sha256Hex,
  }),
  checkpoint: z.string(),
  verifier_key: z.string(),
}).openapi('EvidenceDetail');

export const LedgerState = z
  .object({
    size: z.number().int(),
    root: Sha256Hex,
    checkpoint: z.string().nullable(),
    verifier_key: z.string(),
  })
  .openapi('Ledger');
