/** Who may use the HTTP API: access tokens and the browser sessions signed in with them (docs/api.md). */
export type AccessRole = 'admin' | 'viewer';

/** A token as stored: only the SHA-256 of its secret, never the secret itself. */
export type AccessTokenRow = {
  id: string;
  role: AccessRole;
  label: string | null;
  token_sha256: string;
  created_at: string;
  revoked_at: string | null;
};

/** A browser session: the SHA-256 of its random id, the token it was opened with, and its end. */
export type SessionRow = { id_sha256: string; token_id: string; created_at: string; expires_at: string };

export interface AccessStore {
  /** Stores a token unless one with the same id exists; true when stored. */
  addToken(row: AccessTokenRow): Promise<boolean>;
  /** Every token, revoked ones included, oldest first. */
  tokens(): Promise<AccessTokenRow[]>;
  /** Marks a token revoked (once; a second call keeps the first time) and ends its sessions. */
  revokeToken(id: string, at: string): Promise<AccessTokenRow | undefined>;
  addSession(row: SessionRow): Promise<void>;
  /** Sessions not expired at `now` whose token is not revoked, with the token's role. */
  liveSessions(now: string): Promise<(SessionRow & { role: AccessRole })[]>;
  deleteSession(idSha256: string): Promise<void>;
  /** Forgets sessions that ended before `now`. */
  deleteExpiredSessions(now: string): Promise<void>;
}
