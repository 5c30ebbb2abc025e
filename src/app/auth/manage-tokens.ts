import { EvidentError } from '../../core/errors.ts';
import { ACCESS_ROLES, type AccessRole, type AccessTokenRow, mintAccessToken } from './access-token.ts';
import { withAccessStore } from './with-access-store.ts';

/** What `evident token list` shows of a token: everything but its hash. */
export type TokenListing = Omit<AccessTokenRow, 'token_sha256'>;

const listing = ({ token_sha256: _hash, ...rest }: AccessTokenRow): TokenListing => rest;

/** `evident token create`: a new token, returned once; only its hash is stored. */
export function createToken(
  dir: string,
  o: { role: string; label?: string },
): Promise<{ token: string; role: AccessRole; id: string }> {
  const role = ACCESS_ROLES.find((r) => r === o.role);
  if (!role)
    throw new EvidentError('bad_input', `--role: expected ${ACCESS_ROLES.join(' or ')}, got "${o.role}"`);
  if (o.label !== undefined && (!o.label.trim() || o.label.length > 200 || /[\r\n]/.test(o.label)))
    throw new EvidentError('bad_input', '--label: one line of text, at most 200 characters');
  return withAccessStore(dir, async (access) => {
    const { token, row } = mintAccessToken(role, o.label);
    await access.addToken(row);
    return { token, role, id: row.id };
  });
}

/** `evident token list`: every token, revoked ones too, never the token itself. */
export const listTokens = (dir: string): Promise<TokenListing[]> =>
  withAccessStore(dir, async (access) => (await access.tokens()).map(listing));

/** `evident token revoke`: the token stops working at once, and so do the sessions opened with it. */
export const revokeToken = (dir: string, id: string): Promise<TokenListing> =>
  withAccessStore(dir, async (access) => {
    const row = await access.revokeToken(id, new Date().toISOString());
    if (!row) throw new EvidentError('not_found', `no token with id ${id} (see evident token list)`);
    return listing(row);
  });
