import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Dashboard } from '../app/serve-programme.ts';
import { errorResponse, onError, validationHook } from './http-errors.ts';
import { evaluationRoutes } from './routes/evaluation-routes.ts';
import { evidenceRoutes } from './routes/evidence-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { sourceRoutes } from './routes/source-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { MAX_BODY_BYTES, SESSION_COOKIE, type ServerEnv } from './server-env.ts';
import { staticDashboard, WEB_DIST } from './static-dashboard.ts';

export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The HTTP API of docs/api.md over one programme, and the dashboard at `/`. Routes are thin: each
 * validates its request against its zod schema and calls src/app; the OpenAPI 3.1 document is generated
 * from the same schemas.
 */
export function createApp(
  dashboard: Dashboard,
  o: { tls: boolean; webRoot?: string },
): OpenAPIHono<ServerEnv> {
  const app = new OpenAPIHono<ServerEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.use('*', securityHeaders(o.tls));
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers carry compliance data: no cache, shared or private, may keep them. Set on the response's
    // headers as they are (c.header would rebuild a finished response around its body as a stream,
    // and a cached body then costs an encoding and a stream per request).
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, 413, `request bodies are limited to ${MAX_BODY_BYTES / 1024} KiB`),
    }),
  );

  sessionRoutes(app, dashboard, o.tls);
  evaluationRoutes(app, dashboard);
  evidenceRoutes(app, dashboard);
  sourceRoutes(app, dashboard);
  reportRoutes(app, dashboard);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An Evident access token (`evd_…`, see `evident token create`).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie set by POST /api/session.',
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: OPENAPI_PATH,
    tags: ['access'],
    summary: 'This document (no token needed)',
    responses: { 200: { description: 'The OpenAPI 3.1 description of the API.' } },
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'Evident API',
      version: '0.1.0',
      description: 'The HTTP API of `evident serve` (docs/api.md).',
    },
  });

  const web = staticDashboard(o.webRoot ?? WEB_DIST);
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    return (await web(c)) ?? next();
  });
  app.notFound((c) => errorResponse(c, 404, `nothing at ${c.req.method} ${c.req.path}`));
  return app;
}
