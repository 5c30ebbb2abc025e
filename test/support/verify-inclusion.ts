import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

/** RFC 9162 §2.1.3.2: does the audit path prove that leaf `index` with `leafHash` is in the tree of `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: string,
  path: readonly string[],
  root: string,
): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = Buffer.from(leafHash, 'hex');
  for (const hex of path) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(Buffer.from([1]), p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = sha256(Buffer.from([1]), r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.toString('hex') === root;
}

/** RFC 9162 §2.1.1: the hash of a leaf is SHA-256 of 0x00 and its bytes. */
export const leafHashOf = (leaf: string): string =>
  sha256(Buffer.from([0]), Buffer.from(leaf)).toString('hex');
