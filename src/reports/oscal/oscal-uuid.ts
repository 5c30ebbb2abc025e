import { createHash } from 'node:crypto';

/**
 * A name-based UUID, so that the same report model always exports byte-identical OSCAL and an object
 * keeps its uuid across regenerations (OSCAL asks for per-subject uuids). Shaped as an RFC 4122 §4.3
 * version 5 UUID, one of the two versions OSCAL's UUID datatype accepts, but hashed with SHA-256 rather
 * than SHA-1 and with the namespace written into `name`: the first 16 bytes of SHA-256(name), version
 * nibble 5 (§4.1.3) and variant bits 10 (§4.1.1). Pure: hashing is computation, and src/engine already
 * derives its sample seeds with node:crypto the same way.
 */
export function oscalUuid(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
