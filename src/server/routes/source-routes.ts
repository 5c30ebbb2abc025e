import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { collectNow, sourcesWithRuns } from '../../app/dashboard/source-views.ts';
import type { Dashboard } from '../../app/serve-programme.ts';
import { requireRole } from '../require-role.ts';
import { ERRORS, jsonContent, READ_ERRORS, SECURITY, WRITE_ERRORS } from '../route-kit.ts';
import { CollectRun, SourceList, SourceParams } from '../schemas/source-schemas.ts';
import type { ServerEnv } from '../server-env.ts';

const list = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['sources'],
  security: SECURITY,
  summary: 'The sources of evident.yaml with their last 10 runs',
  responses: { 200: jsonContent(SourceList, 'The sources.'), ...READ_ERRORS },
});

const collect = createRoute({
  method: 'post',
  path: '/api/sources/{id}/collect',
  tags: ['sources'],
  security: SECURITY,
  summary: 'Run one source now (admin); a failed run is a result, with its error',
  request: { params: SourceParams },
  responses: { 200: jsonContent(CollectRun, 'The run.'), ...WRITE_ERRORS, 404: ERRORS[404] },
});

export function sourceRoutes(app: OpenAPIHono<ServerEnv>, d: Dashboard): void {
  app.openapi({ ...list, middleware: requireRole(d, 'viewer') }, async (c) =>
    c.json({ sources: await sourcesWithRuns(d.workspace()) }, 200),
  );
  app.openapi({ ...collect, middleware: requireRole(d, 'admin') }, async (c) =>
    c.json(await collectNow(d.workspace(), c.req.valid('param').id), 200),
  );
}
