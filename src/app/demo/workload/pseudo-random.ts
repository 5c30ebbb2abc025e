/**
 * Deterministic, non-cryptographic numbers for generating the benchmark and demo workloads, so every run
 * produces the same records. Not for anything secret.
 */

/** A 32-bit avalanche mix: a bijection on uint32, so distinct inputs give distinct outputs. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A generator of floats in [0, 1): a Weyl sequence through {@link mix32}. */
export function pseudoRandom(seed: number): () => number {
  let counter = mix32(seed);
  return () => {
    counter = (counter + 0x9e3779b9) >>> 0;
    return mix32(counter) / 0x1_0000_0000;
  };
}

/**
 * `chars` (at most 64) lowercase hex digits for item `n` (n < 2^28) and `salt`. The first eight digits
 * alone differ for every n, so these serve as unique ids, spread over the key space like SHA-256 output.
 */
export function pseudoHex(n: number, salt: number, chars = 64): string {
  const offset = mix32(salt);
  let out = '';
  for (let k = 0; k < 8 && out.length < chars; k++) {
    out += mix32((n * 8 + k) ^ offset)
      .toString(16)
      .padStart(8, '0');
  }
  return out.slice(0, chars);
}
