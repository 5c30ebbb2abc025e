import type { z } from 'zod';
import { formatPath } from '../../core/json-path.ts';

/** One thing wrong with a package: the file (and where in it) and what differs. */
export type PackageProblem = { file: string; problem: string };

/** Parses JSON text against a schema; a failure becomes problems naming the file and the JSON path. */
export function parseJsonAs<T>(
  schema: z.ZodType<T>,
  text: string,
  file: string,
  problems: PackageProblem[],
): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ file, problem: `not JSON: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 5))
    problems.push({ file, problem: `${formatPath(issue.path)}: ${issue.message}` });
  return undefined;
}
