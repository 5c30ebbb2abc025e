import type { Role } from './statuses.ts';

/** GET /api/me. */
export type Me = { role: Role; token_id: string };

/** The error body of every failed API call (docs/api.md §Access). */
export type ApiErrorBody = {
  error: { code: string; message: string; problems?: { path: string; message: string }[] };
};
