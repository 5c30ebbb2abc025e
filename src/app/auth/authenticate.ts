import type { AccessStore } from '../../store/store.ts';
import { type AccessRole, SESSION_PATTERN, sameHash, sha256Hex, TOKEN_PATTERN } from './access-token.ts';

/** Who is calling: the role of the token used, directly or through a session opened with it. */
export type Principal = { role: AccessRole; token_id: string };

/**
 * The caller of an API request, from a bearer token or a session id; undefined when neither is valid.
 * Every stored hash is compared, in constant time, so how long this takes says nothing about which
 * hash matched or how much of one did.
 */
export async function authenticate(
  access: AccessStore,
  credential: { bearer?: string | undefined; session?: string | undefined },
  now = new Date(),
): Promise<Principal | undefined> {
  if (credential.bearer !== undefined) {
    if (!TOKEN_PATTERN.test(credential.bearer)) return undefined;
    const hash = sha256Hex(credential.bearer);
    let found: Principal | undefined;
    let revoked = false;
    for (const t of await access.tokens()) {
      if (sameHash(t.token_sha256, hash)) {
        found = { role: t.role, token_id: t.id };
        revoked = t.revoked_at !== null;
      }
    }
    return revoked ? undefined : found;
  }
  if (credential.session !== undefined) {
    if (!SESSION_PATTERN.test(credential.session)) return undefined;
    const hash = sha256Hex(credential.session);
    let found: Principal | undefined;
    for (const s of await access.liveSessions(now.toISOString()))
      if (sameHash(s.id_sha256, hash)) found = { role: s.role, token_id: s.token_id };
    return found;
  }
  return undefined;
}
