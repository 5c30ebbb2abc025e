import { z } from 'zod';
import { MANIFEST_NOTE_TITLE, PACKAGE_FORMAT, PACKAGE_VERSION } from './package-layout.ts';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const Date10 = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** What the verifier accepts as a manifest (docs/package.md); anything else is named by JSON path. */
export const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  generated_at: z.string(),
  organisation: z.string(),
  system: z.string(),
  type: z.enum(['I', 'II']),
  period: z.object({ start: Date10, end: Date10 }),
  ledger: z.object({ origin: z.string(), size: z.number().int().min(0), root: Hex64 }),
  omitted: z.array(z.object({ path: z.string(), reason: z.string() })),
  files: z.array(z.object({ path: z.string().min(1), sha256: Hex64, size: z.number().int().min(0) })),
});

export const PackagedRecordSchema = z.object({
  index: z.number().int().min(0),
  id: Hex64,
  leaf: z.string(),
  leaf_hash: Hex64,
  proof: z.array(Hex64),
});

export const PackagedSampleSchema = z.object({
  control: z.string().min(1),
  frequency: z.enum(['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annual', 'event']),
  prior_exceptions: z.boolean(),
  seed: z.string().min(1),
  method: z.enum(['all', 'stratified']),
  sample_size: z.number().int().min(0),
  population_size: z.number().int().min(0),
  population_sha256: Hex64,
  population_file: z.string(),
  frozen_record: Hex64,
  items: z.array(z.string()),
});

export const PopulationEntrySchema = z.object({
  label: z.string(),
  start: Date10,
  end: Date10,
  status: z.enum(['met', 'missing', 'failed']),
  evidence: z.array(z.string()),
});

/** The body of the manifest's signed note: a title line and the manifest's SHA-256. */
export const manifestNoteBody = (manifestSha256: string) => `${MANIFEST_NOTE_TITLE}\n${manifestSha256}\n`;
