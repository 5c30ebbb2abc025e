import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { controlDetail, controlList } from '../../app/dashboard/control-views.ts';
import { overviewOf } from '../../app/dashboard/overview.ts';
import type { Dashboard } from '../../app/serve-programme.ts';
import { cachedJson } from '../cached-json.ts';
import { requireRole } from '../require-role.ts';
import { ERRORS, jsonContent, READ_ERRORS, SECURITY } from '../route-kit.ts';
import {
  ControlDetail,
  ControlList,
  ControlParams,
  ControlsQuery,
  CriteriaList,
} from '../schemas/control-schemas.ts';
import { Overview } from '../schemas/overview-schema.ts';
import { Budget, Plan, Readiness } from '../schemas/programme-schemas.ts';
import type { ServerEnv } from '../server-env.ts';

const read = { tags: ['evaluation'], security: SECURITY, method: 'get' as const };

const overview = createRoute({
  ...read,
  path: '/api/overview',
  summary: 'The programme at a glance: period, status counts, criteria, readiness score, latest failures',
  responses: { 200: jsonContent(Overview, 'The overview.'), ...READ_ERRORS },
});

const controls = createRoute({
  ...read,
  path: '/api/controls',
  summary: 'Tested controls with their result; filters combine, q matches id or title',
  request: { query: ControlsQuery },
  responses: { 200: jsonContent(ControlList, 'The controls.'), ...READ_ERRORS },
});

const control = createRoute({
  ...read,
  path: '/api/controls/{id}',
  summary: 'One control as the report model has it: population, exceptions, sample',
  request: { params: ControlParams },
  responses: { 200: jsonContent(ControlDetail, 'The control.'), ...READ_ERRORS, 404: ERRORS[404] },
});

const criteria = createRoute({
  ...read,
  path: '/api/criteria',
  summary: 'The criteria in scope with their status and controls',
  responses: { 200: jsonContent(CriteriaList, 'The criteria.'), ...READ_ERRORS },
});

const readiness = createRoute({
  ...read,
  path: '/api/readiness',
  summary: 'The mock audit of the year ending today (evident readiness --json)',
  responses: { 200: jsonContent(Readiness, 'The readiness assessment.'), ...READ_ERRORS },
});

const plan = createRoute({
  ...read,
  path: '/api/plan',
  summary: 'The first-audit timeline from today (evident plan --json)',
  responses: { 200: jsonContent(Plan, 'The plan.'), ...READ_ERRORS },
});

const budget = createRoute({
  ...read,
  path: '/api/budget',
  summary: 'The first-year cost estimate (evident budget --json)',
  responses: { 200: jsonContent(Budget, 'The budget.'), ...READ_ERRORS },
});

/** Routes over the cached evaluation (docs/api.md "Caching"). */
export function evaluationRoutes(app: OpenAPIHono<ServerEnv>, d: Dashboard): void {
  const middleware = requireRole(d, 'viewer');
  // The two views every dashboard visit asks for are kept serialised per evaluation.
  app.openapi({ ...overview, middleware }, async (c) => {
    const evaluation = await d.evaluation();
    return cachedJson(c, evaluation, 'overview', () => overviewOf(evaluation));
  });
  app.openapi({ ...controls, middleware }, async (c) => {
    const evaluation = await d.evaluation();
    const query = c.req.valid('query');
    return cachedJson(c, evaluation, `controls ${JSON.stringify(query)}`, () => ({
      controls: controlList(evaluation, query),
    }));
  });
  app.openapi({ ...control, middleware }, async (c) =>
    c.json(controlDetail(await d.evaluation(), c.req.valid('param').id), 200),
  );
  app.openapi({ ...criteria, middleware }, async (c) =>
    c.json({ criteria: (await d.evaluation()).model.criteria }, 200),
  );
  app.openapi({ ...readiness, middleware }, async (c) => c.json((await d.evaluation()).readiness, 200));
  app.openapi({ ...plan, middleware }, async (c) => c.json((await d.evaluation()).plan, 200));
  app.openapi({ ...budget, middleware }, async (c) => c.json((await d.evaluation()).budget, 200));
}
