import { type ErrorCode, EvidentError, formatProblem } from '../app/errors.ts';

/**
 * The one place the CLI turns failures into messages and exit codes:
 * 0 ok · 1 checks failed · 2 bad input or configuration · 3 a defect or an environment failure.
 */
const EXIT: Record<ErrorCode, number> = {
  bad_input: 2,
  bad_config: 2,
  not_found: 2,
  conflict: 2,
  integrity: 1,
  bad_catalog: 3,
  io: 3,
};

export function reportError(error: unknown, json: boolean): number {
  if (!(error instanceof EvidentError)) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      json ? `${JSON.stringify({ error: { code: 'internal', message } })}\n` : `evident: ${message}\n`,
    );
    return 3;
  }
  if (json) {
    const problems = error.problems.map((p) => ({ message: p.message, ...(p.position ?? {}) }));
    process.stderr.write(
      `${JSON.stringify({ error: { code: error.code, message: error.message, problems } })}\n`,
    );
  } else {
    process.stderr.write(`evident: ${error.message}\n`);
    for (const p of error.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
  }
  return EXIT[error.code];
}
