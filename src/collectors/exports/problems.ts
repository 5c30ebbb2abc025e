import { EvidentError } from '../../core/errors.ts';

/**
 * One thing wrong with an export: where (`row 4`, `item 2`; absent for the whole file), the line the row
 * starts on in a CSV file, the column, and what was expected.
 */
export type Located = { at?: string; line?: number; column?: string; message: string };

/** Thrown inside the importer; `parseExport` turns it into one error naming the file. */
export class Rejected extends Error {
  constructor(readonly problems: Located[]) {
    super(problems[0]?.message ?? 'rejected');
  }
}

/** Stop listing after this many problems: the file is rejected anyway. */
export const MAX_PROBLEMS = 20;

export const formatLocated = (file: string, p: Located): string =>
  `${file}: ${[p.at, p.column === undefined ? undefined : `column "${p.column}"`].filter(Boolean).join(', ')}${
    p.at || p.column !== undefined ? ': ' : ''
  }${p.message}`;

/**
 * One `bad_input` error for the whole file: every line of its message names the file, the row and the
 * column, so a user fixes all of them in one pass; nothing of the file is returned.
 */
export function rejection(file: string, problems: readonly Located[]): EvidentError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const lines = shown.map((p) => formatLocated(file, p));
  const more = problems.length > MAX_PROBLEMS ? ` (showing the first ${MAX_PROBLEMS})` : '';
  const message =
    lines.length === 1
      ? (lines[0] as string)
      : `${file}: ${problems.length} problems, nothing was imported${more}\n${lines.map((l) => `  ${l}`).join('\n')}`;
  return new EvidentError('bad_input', message, {
    problems: shown.map((p) => ({
      message: formatLocated(file, p),
      position: {
        file,
        ...(p.line === undefined ? {} : { line: p.line }),
        ...(p.column === undefined ? {} : { path: p.column }),
      },
    })),
  });
}
