import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** Serialised bodies per evaluation state, at most this many per state (controls filters vary). */
const MAX_BODIES = 256;
const bodies = new WeakMap<object, Map<string, Uint8Array<ArrayBuffer>>>();
const utf8 = new TextEncoder();

/**
 * A JSON response whose text is kept for as long as `state` (the cached evaluation) lives: the same
 * view of the same state is serialised once, not for every request. The key names the view and its
 * parameters; a new evaluation is a new state, so nothing stale is ever served.
 */
export function cachedJson<T>(
  c: Context,
  state: object,
  key: string,
  build: () => T,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  let kept = bodies.get(state);
  if (!kept) {
    kept = new Map();
    bodies.set(state, kept);
  }
  let body = kept.get(key);
  if (body === undefined) {
    // Kept as UTF-8 bytes: the server writes them as they are, with no encoding per request.
    body = utf8.encode(JSON.stringify(build()));
    if (kept.size < MAX_BODIES) kept.set(key, body);
  }
  // Typed as c.json would type it, so the route's schema still checks what `build` returns.
  return c.body(body, 200, { 'Content-Type': 'application/json' }) as unknown as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>;
}
