import { EvidentError } from '../../core/errors.ts';

/**
 * `git log` output is split on markers built from a random nonce chosen per run, so no commit message,
 * name or note (which may hold NUL, newlines or any separator character) can forge a record or field.
 */
export const recordMarker = (nonce: string) => `\u0000${nonce}\u0002`;
export const fieldMarker = (nonce: string) => `\u0000${nonce}\u0001`;

/** The `--format` that writes `fields` (git pretty-format directives such as `%H`) with those markers. */
export function logFormat(nonce: string, fields: readonly string[]): string {
  return `tformat:%x00${nonce}%x02${fields.join(`%x00${nonce}%x01`)}`;
}

/**
 * Splits output written with `logFormat` into records of exactly `count` fields. The newline git's
 * tformat adds after each record is removed from the last field.
 */
export function splitRecords(output: string, nonce: string, count: number): string[][] {
  if (!/^[0-9a-f]{16,}$/.test(nonce))
    throw new EvidentError('bad_input', 'git log nonce must be 16+ hex digits');
  if (output === '') return [];
  const chunks = output.split(recordMarker(nonce));
  if (chunks[0] !== '') throw new EvidentError('io', 'git log output does not start with a record marker');
  return chunks.slice(1).map((chunk, i) => {
    const fields = chunk.replace(/\n$/, '').split(fieldMarker(nonce));
    if (fields.length !== count)
      throw new EvidentError('io', `git log record ${i + 1} has ${fields.length} fields, expected ${count}`);
    return fields;
  });
}
