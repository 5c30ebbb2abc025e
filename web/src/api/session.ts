import { apiFetch } from './api-fetch.ts';

/** POST /api/session: exchanges a token for the HttpOnly session cookie (docs/api.md §Access). */
export function signIn(token: string): Promise<void> {
  return apiFetch<void>('/api/session', { method: 'POST', body: JSON.stringify({ token }) });
}

/** DELETE /api/session: clears the cookie. */
export function signOut(): Promise<void> {
  return apiFetch<void>('/api/session', { method: 'DELETE' });
}
