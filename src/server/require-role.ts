import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AccessRole } from '../app/auth/access-token.ts';
import { authenticate } from '../app/auth/authenticate.ts';
import type { Dashboard } from '../app/serve-programme.ts';
import { errorResponse } from './http-errors.ts';
import { SESSION_COOKIE, type ServerEnv } from './server-env.ts';

/**
 * Lets a request through when it carries a valid token (`Authorization: Bearer`, RFC 6750) or session
 * cookie whose role may do what the route does: no or a bad credential → 401, a viewer on a route that
 * changes something → 403. A request with an Authorization header is judged by that header alone.
 */
export const requireRole =
  (dashboard: Dashboard, role: AccessRole): MiddlewareHandler<ServerEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization');
    const principal = await authenticate(
      dashboard.access,
      header === undefined
        ? { session: getCookie(c, SESSION_COOKIE) }
        : { bearer: /^Bearer +(\S+)$/i.exec(header)?.[1] ?? '' },
    );
    if (!principal) {
      c.header('WWW-Authenticate', 'Bearer realm="evident"');
      return errorResponse(c, 401, 'a valid token is needed: Authorization: Bearer <token>, or sign in');
    }
    if (role === 'admin' && principal.role !== 'admin')
      return errorResponse(c, 403, 'this token may only read: an admin token is needed to change anything');
    c.set('principal', principal);
    await next();
  };
