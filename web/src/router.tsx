import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFound } from './components/not-found.tsx';
import { compact, optionalPage, optionalString } from './lib/search-params.ts';
import { BudgetPage } from './pages/budget-page.tsx';
import { ControlPage } from './pages/control-page.tsx';
import { ControlsPage } from './pages/controls-page.tsx';
import { EvidenceItemPage } from './pages/evidence-item-page.tsx';
import { EvidencePage } from './pages/evidence-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { ReadinessPage } from './pages/readiness-page.tsx';
import { ReportsPage } from './pages/reports-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { SourcesPage } from './pages/sources-page.tsx';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  component: SignInPage,
  validateSearch: (s: Record<string, unknown>) =>
    compact({ redirect: optionalString(s.redirect), error: optionalString(s.error) }),
});

/** Every page but sign-in sits in the navigation shell. */
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AppLayout });

const controlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'controls',
  component: ControlsPage,
  validateSearch: (s: Record<string, unknown>) =>
    compact({
      status: optionalString(s.status),
      category: optionalString(s.category),
      criterion: optionalString(s.criterion),
      q: optionalString(s.q),
    }),
});

const evidenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'evidence',
  component: EvidencePage,
  validateSearch: (s: Record<string, unknown>) =>
    compact({
      type: optionalString(s.type),
      source: optionalString(s.source),
      subject: optionalString(s.subject),
      since: optionalString(s.since),
      until: optionalString(s.until),
      page: optionalPage(s.page),
    }),
});

const parent = { getParentRoute: () => appRoute };

// Each route is its own const: built inline inside addChildren, TypeScript 7 loses the route tree's
// types (every path becomes `any`).
const overviewRoute = createRoute({ ...parent, path: '/', component: OverviewPage });
const controlRoute = createRoute({ ...parent, path: 'controls/$controlId', component: ControlPage });
const evidenceItemRoute = createRoute({
  ...parent,
  path: 'evidence/$evidenceId',
  component: EvidenceItemPage,
});
const readinessRoute = createRoute({ ...parent, path: 'readiness', component: ReadinessPage });
const planRoute = createRoute({ ...parent, path: 'plan', component: PlanPage });
const budgetRoute = createRoute({ ...parent, path: 'budget', component: BudgetPage });
const reportsRoute = createRoute({ ...parent, path: 'reports', component: ReportsPage });
const sourcesRoute = createRoute({ ...parent, path: 'sources', component: SourcesPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    overviewRoute,
    controlsRoute,
    controlRoute,
    evidenceRoute,
    evidenceItemRoute,
    readinessRoute,
    planRoute,
    budgetRoute,
    reportsRoute,
    sourcesRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
