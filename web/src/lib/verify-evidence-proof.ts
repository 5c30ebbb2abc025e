import { bytesToBase64 } from './base64.ts';
import { equalBytes } from './bytes.ts';
import { type CheckpointBody, parseCheckpointBody } from './checkpoint-body.ts';
import { bytesToHex, hexToBytes } from './hex.ts';
import { inclusionRoot } from './inclusion-root.ts';
import { leafHash } from './merkle-hash.ts';
import { verifyNoteSignature } from './note-signature.ts';
import { recordMismatch, type ShownRecord } from './record-check.ts';
import { parseSignedNote, type SignedNote } from './signed-note.ts';
import { parseVerifierKey } from './verifier-key.ts';

/** What GET /api/evidence/{id} returns for the proof (docs/api.md); hashes in lowercase hex. */
export type EvidenceProofInput = {
  leaf: string;
  leaf_hash: string;
  proof: { index: number; size: number; proof: readonly string[]; root: string };
  checkpoint: string;
  verifier_key: string;
  /** When given, the leaf must be this record (its id recomputed, its fields and payload equal). */
  record?: ShownRecord;
};

export type ProofStepId = 'record' | 'leaf' | 'root' | 'signature';
export type ProofStep = { id: ProofStepId; ok: boolean; detail: string };
export type ProofVerdict = { verified: boolean; steps: ProofStep[] };

/**
 * Checks an evidence record's place in the ledger with nothing but WebCrypto: the leaf hash
 * (RFC 9162 §2.1.1), the audit path folded to a root (§2.1.3.2) and compared with the signed
 * checkpoint's root (c2sp.org/tlog-checkpoint), and the checkpoint's Ed25519 signature by the
 * verifier key (c2sp.org/signed-note). Every step runs and reports; none throws.
 */
export async function verifyEvidenceProof(input: EvidenceProofInput): Promise<ProofVerdict> {
  const steps: ProofStep[] = [];
  try {
    if (input.record) steps.push(await recordStep(input.leaf, input.record));
    const leaf = await leafHash(input.leaf);
    const leafHex = bytesToHex(leaf);
    steps.push(
      leafHex === input.leaf_hash
        ? { id: 'leaf', ok: true, detail: `SHA-256(0x00 ‖ leaf) = ${leafHex}` }
        : {
            id: 'leaf',
            ok: false,
            detail: `SHA-256(0x00 ‖ leaf) = ${leafHex}, not the stated ${input.leaf_hash}`,
          },
    );
    const note = parseSignedNote(input.checkpoint);
    const body = typeof note === 'string' ? note : parseCheckpointBody(note.text);
    steps.push(await rootStep(input, leaf, body));
    steps.push(await signatureStep(input.verifier_key, note));
  } catch (e) {
    steps.push({ id: 'signature', ok: false, detail: `verification stopped: ${String(e)}` });
  }
  return { verified: steps.length > 0 && steps.every((s) => s.ok), steps };
}

async function recordStep(leaf: string, record: ShownRecord): Promise<ProofStep> {
  const mismatch = await recordMismatch(leaf, record);
  return mismatch === undefined
    ? { id: 'record', ok: true, detail: 'the leaf hashes to this record id and holds the payload shown' }
    : { id: 'record', ok: false, detail: mismatch };
}

async function rootStep(
  input: EvidenceProofInput,
  leaf: Uint8Array,
  body: CheckpointBody | string,
): Promise<ProofStep> {
  const fail = (detail: string): ProofStep => ({ id: 'root', ok: false, detail });
  if (typeof body === 'string') return fail(body);
  const { index, size } = input.proof;
  if (size !== body.size) return fail(`the proof is for a tree of ${size}, the checkpoint for ${body.size}`);
  const stated = hexToBytes(input.proof.root);
  if (!stated || !equalBytes(stated, body.root)) return fail("the proof's root is not the checkpoint's root");
  const path = input.proof.proof.map(hexToBytes);
  if (path.some((p) => p === undefined)) return fail('the audit path holds something that is not hex');
  const root = await inclusionRoot({ index, size, leafHash: leaf, proof: path as Uint8Array[] });
  if (!root) return fail(`the audit path has the wrong shape for leaf ${index} of ${size}`);
  if (!equalBytes(root, body.root)) {
    return fail(`the audit path leads to ${bytesToHex(root)}, not the checkpoint's root`);
  }
  return { id: 'root', ok: true, detail: `leaf ${index} of ${size} leads to ${bytesToBase64(root)}` };
}

async function signatureStep(verifierKey: string, note: SignedNote | string): Promise<ProofStep> {
  const fail = (detail: string): ProofStep => ({ id: 'signature', ok: false, detail });
  if (typeof note === 'string') return fail(note);
  const key = await parseVerifierKey(verifierKey);
  if (typeof key === 'string') return fail(key);
  const verdict = await verifyNoteSignature(note, key);
  if (!verdict.ok) return fail(verdict.reason);
  return { id: 'signature', ok: true, detail: `Ed25519 signature by ${key.name} verifies` };
}
