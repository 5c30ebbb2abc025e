import { type Bytes, concatBytes, utf8 } from './bytes.ts';
import { sha256 } from './sha256.ts';

/**
 * The two hash functions of RFC 9162 §2.1.1: a leaf is SHA-256(0x00 ‖ leaf bytes), an interior node
 * SHA-256(0x01 ‖ left ‖ right). The ledger's leaf bytes are the UTF-8 of the record's canonical JSON
 * (docs/ledger.md), so the leaf is hashed from its text.
 */
export function leafHash(leafText: string): Promise<Bytes> {
  return sha256(concatBytes(Uint8Array.of(0x00), utf8(leafText)));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Bytes> {
  return sha256(concatBytes(Uint8Array.of(0x01), left, right));
}
