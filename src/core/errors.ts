/** Where in a file something went wrong (1-based line and column). */
export type SourcePosition = { file: string; line?: number; column?: number; path?: string };

/**
 * The few kinds of failure a surface needs to tell apart. Each surface (CLI, HTTP) maps them to
 * its own signal in exactly one place; a failing control is a result, never one of these.
 */
export type ErrorCode =
  | 'bad_input' // a file or argument the user gave is malformed
  | 'bad_config' // the programme (evident.yaml, controls/, policies/) is invalid
  | 'bad_catalog' // a shipped catalog file is broken (a defect of ours)
  | 'not_found'
  | 'conflict'
  | 'integrity' // stored data does not verify
  | 'io';

export type Problem = { message: string; position?: SourcePosition };

export class EvidentError extends Error {
  readonly code: ErrorCode;
  /** Every problem found, so a user fixes them all in one pass instead of one per run. */
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; problems?: Problem[] }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EvidentError';
    this.code = code;
    this.problems = options?.problems ?? [];
  }
}

export const formatPosition = (p: SourcePosition): string =>
  [p.file, p.line, p.column].filter((v) => v !== undefined).join(':') +
  (p.line === undefined && p.path ? ` ${p.path}` : '');

export const formatProblem = (p: Problem): string =>
  p.position ? `${formatPosition(p.position)}: ${p.message}` : p.message;
