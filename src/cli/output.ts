import { formatProblem, type Problem } from '../app/errors.ts';

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

export const printLine = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Warnings never go to stdout, so `--json` output stays parseable. */
export const printWarnings = (warnings: readonly (Problem | string)[]): void => {
  for (const w of warnings)
    process.stderr.write(`warning: ${typeof w === 'string' ? w : formatProblem(w)}\n`);
};

/** A plain left-aligned table; the last column may be long and is not padded. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  printLine(line(headers));
  printLine(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) printLine(line(r));
}
