import type { Period } from '../../engine/slots.ts';

/**
 * The audit package's layout (docs/package.md). Paths are fixed so an auditor, or a script of theirs,
 * finds every part without reading our code.
 */
export const PACKAGE = {
  manifest: 'manifest.json',
  /** A signed note (c2sp.org/signed-note) over the manifest's SHA-256, by the ledger's key. */
  manifestSignature: 'manifest.sig',
  checkpoint: 'ledger/checkpoint.txt',
  verifierKey: 'ledger/verifier.key',
  records: 'evidence/records.jsonl',
  artifactsDir: 'evidence/artifacts/',
  samples: 'samples/samples.json',
  readme: 'README.txt',
} as const;

export const PACKAGE_FORMAT = 'evident-audit-package';
export const PACKAGE_VERSION = 1;

/** The first line of the manifest signature's note body; the second is the manifest's SHA-256. */
export const MANIFEST_NOTE_TITLE = 'evident audit package manifest';

export type ManifestFile = { path: string; sha256: string; size: number };

export type PackageManifest = {
  format: typeof PACKAGE_FORMAT;
  version: typeof PACKAGE_VERSION;
  generated_at: string;
  organisation: string;
  system: string;
  type: 'I' | 'II';
  period: Period;
  ledger: { origin: string; size: number; root: string };
  /** Report formats left out, with why (a PDF needs Chromium where the package was built). */
  omitted: { path: string; reason: string }[];
  /** Every file of the package but the manifest and its signature, sorted by path. */
  files: ManifestFile[];
};

/** One line of `evidence/records.jsonl`: a record's leaf and its inclusion proof to the checkpoint. */
export type PackagedRecord = {
  index: number;
  id: string;
  /** The leaf bytes (RFC 8785 JSON of the envelope) as text. */
  leaf: string;
  leaf_hash: string;
  proof: string[];
};

/** One entry of `samples/samples.json`: what the auditor re-draws (DESIGN.md §6, docs/sampling.md). */
export type PackagedSample = {
  control: string;
  frequency: string;
  prior_exceptions: boolean;
  seed: string;
  method: 'all' | 'stratified';
  sample_size: number;
  population_size: number;
  population_sha256: string;
  /** The frozen population: the artifact holding exactly the hashed bytes. */
  population_file: string;
  /** The ledger record that froze the population. */
  frozen_record: string;
  items: string[];
};
