import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccessRole, AccessTokenRow } from '../../store/store.ts';

export type { AccessRole, AccessTokenRow } from '../../store/store.ts';

export const ACCESS_ROLES = ['admin', 'viewer'] as const satisfies readonly AccessRole[];

/**
 * A token is `evd_` and 32 random bytes in base64url (RFC 4648 §5): 256 bits, so no one guesses one and
 * a fast hash is enough to store it (a slow password hash protects low-entropy secrets, not these).
 * The prefix lets secret scanners and people recognise an Evident token.
 */
export const TOKEN_PREFIX = 'evd_';
export const TOKEN_PATTERN = /^evd_[A-Za-z0-9_-]{43}$/;
/** A session id: 32 random bytes in base64url, like a token's secret. */
export const SESSION_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Compares two SHA-256 hex digests in constant time (no early exit on the first differing byte). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}

/** A new token: the secret to hand out once, and the row to store (its hash, never the secret). */
export function mintAccessToken(
  role: AccessRole,
  label: string | undefined,
  now = new Date(),
): { token: string; row: AccessTokenRow } {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  return {
    token,
    row: {
      id: randomBytes(6).toString('hex'),
      role,
      label: label ?? null,
      token_sha256: sha256Hex(token),
      created_at: now.toISOString(),
      revoked_at: null,
    },
  };
}
