import { CATEGORY_TITLES, type Category } from '../../core/category.ts';
import { toDate } from '../../core/dates.ts';
import type { CriterionStatus } from '../../engine/evaluation.ts';
import type { DashboardEvaluation } from './compute-evaluation.ts';

const FAILURES = 10;
const DAY_MS = 86_400_000;

const countCriteria = (statuses: readonly CriterionStatus[]) => ({
  met: statuses.filter((s) => s === 'met').length,
  at_risk: statuses.filter((s) => s === 'at_risk').length,
  no_controls: statuses.filter((s) => s === 'no_controls').length,
});

/** One overview per evaluation: it is asked for on every page load, and the evaluation never changes. */
const computed = new WeakMap<DashboardEvaluation, ReturnType<typeof buildOverview>>();

export function overviewOf(e: DashboardEvaluation): ReturnType<typeof buildOverview> {
  let overview = computed.get(e);
  if (!overview) {
    overview = buildOverview(e);
    computed.set(e, overview);
  }
  return overview;
}

/**
 * The dashboard's first page (docs/api.md `GET /api/overview`). `failures` are the latest exceptions of
 * slots already over (a slot still open today is not yet failed; event items count on their date).
 */
function buildOverview(e: DashboardEvaluation) {
  const { model, readiness, today } = e;
  const failures = model.controls
    .flatMap((c) =>
      c.population
        .filter((u) => u.status !== 'met' && (u.end < today || c.frequency === 'event'))
        .map((u) => ({
          control: c.id,
          title: c.title,
          slot: u.label,
          start: u.start,
          end: u.end,
          status: u.status,
          reason: u.reason ?? u.status,
        })),
    )
    .sort((a, b) => (a.end === b.end ? a.control.localeCompare(b.control) : a.end < b.end ? 1 : -1))
    .slice(0, FAILURES);
  return {
    organisation: model.organisation.name,
    system: model.system.name,
    type: model.type,
    period: model.period,
    ...(model.as_of ? { as_of: model.as_of } : {}),
    today,
    days_remaining: Math.max(
      0,
      Math.round((toDate(model.period.end).getTime() - toDate(today).getTime()) / DAY_MS),
    ),
    evaluated_at: e.evaluated_at,
    ledger: e.ledger,
    summary: model.summary,
    categories: model.categories.map((c) => ({
      id: c.id,
      title: c.title,
      criteria: countCriteria(model.criteria.filter((x) => x.category === c.id).map((x) => x.status)),
    })),
    criteria: model.criteria,
    readiness: {
      score: readiness.score.overall,
      categories: Object.entries(readiness.score.by_category).map(([category, score]) => ({
        category: category as Category,
        title: CATEGORY_TITLES[category as Category],
        score: score ?? 0,
      })),
    },
    failures,
  };
}

export type Overview = ReturnType<typeof overviewOf>;
