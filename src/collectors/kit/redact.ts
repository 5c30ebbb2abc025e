/** Replaces every occurrence of each secret value in `text` (values shorter than 4 characters are left). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}
