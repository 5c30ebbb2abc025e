import { z } from 'zod';
import { EVIDENCE_TYPES, type EvidenceType } from '../evidence-type.ts';
import { formatPath } from '../json-path.ts';
import { PAYLOAD_SCHEMAS, type Payload, SHA256_HEX } from './payload-schemas.ts';

/** A raw artifact (the original report, an export) kept as an encrypted blob, addressed by SHA-256. */
export const ArtifactSchema = z.strictObject({
  name: z.string().min(1).max(255),
  sha256: z.string().regex(SHA256_HEX, 'expected a lowercase hex SHA-256'),
  size: z.number().int().min(0).optional(),
  media_type: z.string().optional(),
});
export type Artifact = z.output<typeof ArtifactSchema>;

/**
 * What a collector returns and what the JSON Lines import reads: an envelope without `collected_at`,
 * which Evident stamps (DESIGN.md §4). The payload is validated by `validateDraft` against its type.
 */
export const DraftEnvelopeSchema = z.strictObject({
  type: z.enum(EVIDENCE_TYPES),
  source: z.string().min(1).max(200),
  subject: z.string().min(1).max(500),
  observed_at: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with offset' }),
  data: z.unknown(),
  artifacts: z.array(ArtifactSchema).default([]),
});

export type EvidenceDraft<T extends EvidenceType = EvidenceType> = {
  type: T;
  source: string;
  subject: string;
  /** Event time, normalised to UTC `YYYY-MM-DDTHH:MM:SS.sssZ`. */
  observed_at: string;
  data: Payload<T>;
  artifacts: Artifact[];
};

/** A stored evidence record: the draft, its content id and when Evident collected it. */
export type EvidenceRecord = EvidenceDraft & {
  /** SHA-256 of the canonical JSON of the draft (type, source, subject, observed_at, data, artifacts). */
  id: string;
  collected_at: string;
  /** Position in the ledger (its leaf index). */
  seq: number;
};

export type ValidationProblem = { path: string; message: string };

const pathOf = (path: readonly PropertyKey[]): string => formatPath(path) || '(record)';

const problemsOf = (error: z.ZodError, prefix: PropertyKey[] = []): ValidationProblem[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: pathOf([...prefix, ...issue.path, k]), message: 'unknown field' }))
      : [{ path: pathOf([...prefix, ...issue.path]), message: issue.message }],
  );

/** Validates an envelope and its typed payload; problems carry the JSON path and what was expected. */
export function validateDraft(
  value: unknown,
): { draft: EvidenceDraft; problems?: never } | { problems: ValidationProblem[] } {
  const envelope = DraftEnvelopeSchema.safeParse(value);
  if (!envelope.success) return { problems: problemsOf(envelope.error) };
  const { type, data, observed_at, ...rest } = envelope.data;
  const payload = PAYLOAD_SCHEMAS[type].safeParse(data);
  if (!payload.success) return { problems: problemsOf(payload.error, ['data']) };
  return {
    draft: {
      ...rest,
      type,
      observed_at: new Date(observed_at).toISOString(),
      data: payload.data,
    } as EvidenceDraft,
  };
}
