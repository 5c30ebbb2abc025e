/** A status token as the auditor reads it: `not_effective` → `not effective`. */
export function statusWords(status: string): string {
  return status.replace(/_/g, ' ');
}
