/** A JSON path as problems show it: `data.findings[3].severity` (symbols, which zod never uses, as text). */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)),
    '',
  );
