/** Names for a reason, at most `cap` of them: `a, b, c and 4 more`. */
export function nameList(names: readonly string[], cap = 5, separator = ', '): string {
  const shown = names.slice(0, cap).join(separator);
  return names.length > cap ? `${shown} and ${names.length - cap} more` : shown;
}
