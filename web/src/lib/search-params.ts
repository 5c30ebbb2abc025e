/** Search params come from the URL, so anything may be in them: keep non-empty strings only. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A positive integer page number, or undefined for the first page. */
export function optionalPage(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(n) && n > 1 ? n : undefined;
}

/** Drops undefined members so that links and URLs carry only the filters that are set. */
export function compact<T extends Record<string, unknown>>(search: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(search).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
