/**
 * Signed checkpoints: c2sp.org/tlog-checkpoint bodies signed as c2sp.org/signed-note notes with
 * Ed25519 keys.
 */
export {
  type Checkpoint,
  type CheckpointInput,
  formatCheckpoint,
  parseCheckpoint,
  ROOT_HASH_BYTES,
} from './checkpoint.ts';
export {
  encodeSignerKey,
  encodeVerifierKey,
  generateSigner,
  isValidKeyName,
  type KeyPair,
  keyHash,
  parseSignerKey,
  parseVerifierKey,
  type SignerKey,
  type VerifierKey,
} from './keys.ts';
export { MAX_SIGNATURES, type NoteSignature, type OpenedNote, openNote, signNote } from './note.ts';
