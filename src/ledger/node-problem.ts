/**
 * What verify says of a stored tree node, given the hash it recomputed for it from the records: nothing
 * when they agree. Said the same way whether the main thread or a verify worker compared them.
 */
export function nodeProblem(
  level: number,
  idx: number,
  stored: string | undefined,
  expected: string,
): { item: string; problem: string } | undefined {
  if (stored === expected) return undefined;
  const item = `tree node level ${level} #${idx}`;
  const span = `leaves ${idx * 2 ** level}..${(idx + 1) * 2 ** level - 1}`;
  if (stored === undefined) return { item, problem: `missing (covers ${span})` };
  return {
    item,
    problem: `stored hash differs from the one recomputed from ${span}: records were altered, deleted or reordered`,
  };
}
