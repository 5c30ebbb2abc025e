import type { ApiErrorBody } from './types/session.ts';

/** A non-2xx answer of the API, with the `error` object of docs/api.md when the body had one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: { path: string; message: string }[];

  constructor(status: number, body: Partial<ApiErrorBody> | undefined) {
    super(body?.error?.message ?? `the server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.error?.code ?? 'http_error';
    this.problems = body?.error?.problems ?? [];
  }
}

export const isUnauthorized = (e: unknown): boolean => e instanceof ApiError && e.status === 401;
