export type EvidenceRow = {
  id: string;
  index: number;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  collected_at: string;
};

/** GET /api/evidence: newest event first. */
export type EvidencePage = { total: number; items: EvidenceRow[] };

export type EvidenceQuery = {
  type?: string;
  source?: string;
  subject?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
};

export type Artifact = { name: string; sha256: string; size?: number; media_type?: string };

/** GET /api/evidence/{id}: the record, its leaf, and what the browser needs to check its proof. */
export type EvidenceItem = EvidenceRow & {
  retroactive: boolean;
  data: unknown;
  artifacts: Artifact[];
  leaf: string;
  leaf_hash: string;
  proof: { index: number; size: number; proof: string[]; root: string };
  checkpoint: string;
  verifier_key: string;
};
