import type { AccessStore } from '../../store/store.ts';
import { randomSecret, SESSION_PATTERN, sha256Hex } from './access-token.ts';
import { authenticate, type Principal } from './authenticate.ts';

/** A browser session lasts a working day (docs/api.md); then the token has to be given again. */
export const SESSION_SECONDS = 12 * 60 * 60;

/**
 * Signs in with a token: a new random session id (256 bits) for the cookie, stored only as its SHA-256
 * with the token's id and an expiry. Undefined when the token is not valid.
 */
export async function openSession(
  access: AccessStore,
  token: string,
  now = new Date(),
): Promise<{ session: string; principal: Principal; max_age: number } | undefined> {
  const principal = await authenticate(access, { bearer: token }, now);
  if (!principal) return undefined;
  await access.deleteExpiredSessions(now.toISOString());
  const session = randomSecret();
  await access.addSession({
    id_sha256: sha256Hex(session),
    token_id: principal.token_id,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_SECONDS * 1000).toISOString(),
  });
  return { session, principal, max_age: SESSION_SECONDS };
}

/** Signs out: forgets the session, if it is one. */
export async function closeSession(access: AccessStore, session: string): Promise<void> {
  if (SESSION_PATTERN.test(session)) await access.deleteSession(sha256Hex(session));
}
