import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, EvidentError } from '../app/errors.ts';

/**
 * The one place the HTTP API turns failures into responses (docs/api.md): every error body is
 * `{"error": {"code", "message", "problems"?}}`. A failure that is not an EvidentError is a defect: the
 * client gets a plain 500 and the stack goes to the server's log only.
 */
export type ApiProblem = { path: string; message: string };

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_input: 400,
  not_found: 404,
  conflict: 409,
  bad_config: 500,
  bad_catalog: 500,
  integrity: 500,
  io: 500,
};

const CODE: Partial<Record<ErrorCode, string>> = { bad_input: 'bad_request' };

const HTTP_CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  problems?: ApiProblem[],
): Response {
  const code = HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'error');
  return c.json({ error: { code, message, ...(problems ? { problems } : {}) } }, status);
}

export function onError(error: unknown, c: Context): Response {
  if (error instanceof EvidentError) {
    const problems = error.problems.map((p) => ({
      path: p.position?.path ?? p.position?.file ?? '',
      message: p.message,
    }));
    const status = STATUS[error.code];
    return c.json(
      {
        error: {
          code: CODE[error.code] ?? error.code,
          message: error.message,
          ...(problems.length ? { problems } : {}),
        },
      },
      status,
    );
  }
  if (error instanceof HTTPException && error.status < 500)
    return errorResponse(c, error.status as ContentfulStatusCode, error.message || 'bad request');
  console.error(`evident serve: ${c.req.method} ${c.req.path} failed:`, error);
  return errorResponse(c, 500, 'internal error (see the server log)');
}

const TARGETS: Record<string, string> = { json: 'body', param: 'params', query: 'query', header: 'headers' };

/** Request validation (every route's params, query and body): 400 naming each field that failed. */
export function validationHook(
  result: { target: string; success: boolean; error?: { issues: readonly ZodIssueLike[] } },
  c: Context,
): Response | undefined {
  if (result.success || !result.error) return undefined;
  const where = TARGETS[result.target] ?? result.target;
  const pathOf = (parts: readonly PropertyKey[]) => [where, ...parts].map(String).join('.');
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((k) => ({ path: pathOf([...issue.path, k]), message: 'unknown field' }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
  return errorResponse(c, 400, `invalid request: ${problems.map((p) => p.path).join(', ')}`, problems);
}

type ZodIssueLike = { code: string; path: PropertyKey[]; message: string; keys?: string[] };
