import type { Principal } from '../app/auth/authenticate.ts';

/** What a request carries between middleware and handlers: the authenticated caller. */
export type ServerEnv = { Variables: { principal: Principal } };

/** The session cookie (docs/api.md). */
export const SESSION_COOKIE = 'evident_session';

/** Request bodies larger than this are refused with 413 before they are read further. */
export const MAX_BODY_BYTES = 64 * 1024;
