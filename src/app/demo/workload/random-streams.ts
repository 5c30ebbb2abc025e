import { mix32, pseudoHex, pseudoRandom } from './pseudo-random.ts';

export type Random = () => number;

export const int = (r: Random, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)] as T;

/**
 * The generator's independent streams: `plan` decides the schedule (and a few values drawn when a
 * scheduled record is written), the others belong to one family each, so a change to one family's draws
 * leaves the others' records as they were. `hex` gives the documents' digests in order.
 */
export function randomStreams(seed: number) {
  const stream = (n: number): Random => pseudoRandom(mix32(seed) ^ mix32(n * 0x9e3779b1));
  let hexSerial = 0;
  return {
    plan: stream(1),
    vulnerabilities: stream(2),
    changes: stream(3),
    snapshots: stream(4),
    hex: (chars = 64) => pseudoHex(hexSerial++, seed, chars),
  };
}
