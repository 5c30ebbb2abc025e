import { ApiError } from './api-error.ts';

/**
 * Every call to the API: same origin, the session cookie sent, JSON in and out. A non-2xx answer
 * becomes an {@link ApiError}; a 204 resolves to undefined.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from the defined, non-empty values only. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
