import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { closeSession, openSession } from '../../app/auth/sessions.ts';
import type { Dashboard } from '../../app/serve-programme.ts';
import { errorResponse } from '../http-errors.ts';
import { requireRole } from '../require-role.ts';
import { ERRORS, jsonContent, READ_ERRORS, SECURITY } from '../route-kit.ts';
import { Health, Me, SessionBody } from '../schemas/session-schemas.ts';
import { SESSION_COOKIE, type ServerEnv } from '../server-env.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['access'],
  summary: 'Is the server up (no token needed)',
  responses: { 200: jsonContent(Health, 'The server answers.') },
});

const signIn = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['access'],
  summary: 'Sign in with a token: sets the evident_session cookie (HttpOnly, SameSite=Strict, 12 h)',
  request: { body: { content: { 'application/json': { schema: SessionBody } }, required: true } },
  responses: {
    204: { description: 'Signed in; the cookie is set.' },
    400: ERRORS[400],
    401: ERRORS[401],
    413: ERRORS[413],
  },
});

const signOut = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['access'],
  summary: 'Sign out: ends the session and clears the cookie (no token needed)',
  responses: { 204: { description: 'Signed out.' } },
});

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['access'],
  summary: 'The role and token id of the caller',
  security: SECURITY,
  responses: { 200: jsonContent(Me, 'The caller.'), ...READ_ERRORS },
});

export function sessionRoutes(app: OpenAPIHono<ServerEnv>, d: Dashboard, tls: boolean): void {
  const cookie = { path: '/', httpOnly: true, sameSite: 'Strict', secure: tls } as const;
  app.openapi(health, (c) => c.json({ ok: true as const }, 200));
  app.openapi(signIn, async (c) => {
    const opened = await openSession(d.access, c.req.valid('json').token);
    if (!opened) return errorResponse(c, 401, 'that token is not valid (wrong, or revoked)');
    setCookie(c, SESSION_COOKIE, opened.session, { ...cookie, maxAge: opened.max_age });
    return c.body(null, 204);
  });
  app.openapi(signOut, async (c) => {
    const session = getCookie(c, SESSION_COOKIE);
    if (session) await closeSession(d.access, session);
    deleteCookie(c, SESSION_COOKIE, cookie);
    return c.body(null, 204);
  });
  app.openapi({ ...me, middleware: requireRole(d, 'viewer') }, (c) => c.json(c.get('principal'), 200));
}
