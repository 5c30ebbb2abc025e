import type { Catalog } from '../../core/catalog.ts';
import { CATEGORIES, type Category } from '../../core/category.ts';
import type { Programme } from '../../core/programme.ts';
import { controlScope, inScopeCriteria } from '../control-scope.ts';
import { type ControlStatus, controlStatus } from '../control-status.ts';
import type { ControlResult } from '../evaluation.ts';
import { type EarliestStart, earliestStart } from './earliest-start.ts';

export type Impact = 'critical' | 'high' | 'medium' | 'low';

export type ReadinessTask = {
  rank: number;
  impact: Impact;
  title: string;
  fix: string;
  controls: string[];
  criteria: string[];
};

export type Readiness = {
  as_of: string;
  window: { start: string; end: string };
  score: { overall: number; by_category: Partial<Record<Category, number>> };
  criteria_without_controls: { id: string; title: string }[];
  controls_without_evidence: { id: string; title: string; frequency: string; evidence: string[] }[];
  failing_controls: {
    id: string;
    title: string;
    status: ControlStatus;
    exceptions: number;
    expected: number;
    latest: { slot: string; reason: string }[];
  }[];
  stale_controls: { id: string; title: string; last_met: string | null; missing_since: string }[];
  quiet_event_controls: { id: string; title: string; evidence: string[] }[];
  common_findings: {
    area: string;
    title: string;
    issue: string;
    fix: string;
    controls: { id: string; status: ControlStatus | 'not_in_programme' }[];
  }[];
  tasks: ReadinessTask[];
  earliest_type2_start: EarliestStart;
};

const IMPACT_WEIGHT: Record<Impact, number> = { critical: 1000, high: 100, medium: 10, low: 1 };
const WEAK: ReadonlySet<ControlStatus> = new Set(['not_effective', 'no_evidence', 'exceptions']);

/**
 * The mock audit (readiness): from a Type II evaluation of the trailing window (`history`, slots not yet
 * closed on `today` left out), what an auditor would find — criteria with no control, controls with no
 * evidence, failing and stale controls, the classic findings with their fixes, a score per category, a
 * task list ordered by audit impact, and the earliest defensible Type II period start.
 */
export function assessReadiness(input: {
  catalog: Catalog;
  programme: Programme;
  history: readonly ControlResult[];
  window: { start: string; end: string };
  today: string;
}): Readiness {
  const { catalog, programme, today } = input;
  const inScope = inScopeCriteria(programme, catalog);
  const controls = input.history
    .filter((c) => c.status !== 'not_applicable')
    .map((c) => {
      const units = c.population.filter(
        (u) => u.end < today || u.label === 'annual' || c.frequency === 'event',
      );
      const def = programme.controls.find((p) => p.id === c.id);
      const status = controlStatus(units, def?.tolerable_rate ?? 0.1, c.frequency === 'event');
      return { ...c, units, status };
    });
  const byId = new Map(controls.map((c) => [c.id, c]));
  const evidenceOf = (id: string) => programme.controls.find((p) => p.id === id)?.evidence ?? [];

  const criteriaWithout = catalog.tsc.criteria
    .filter((cr) => inScope.has(cr.id))
    .filter(
      (cr) =>
        !programme.controls.some(
          (p) => controlScope(p, inScope) === 'in_scope' && p.criteria.includes(cr.id),
        ),
    )
    .map((cr) => ({ id: cr.id, title: cr.title }));

  const withoutEvidence = controls
    .filter((c) => c.status === 'no_evidence')
    .map((c) => ({ id: c.id, title: c.title, frequency: c.frequency, evidence: evidenceOf(c.id) }));
  const failing = controls
    .filter((c) => c.status === 'not_effective' || c.status === 'exceptions')
    .map((c) => {
      const exceptions = c.units.filter((u) => u.status !== 'met');
      return {
        id: c.id,
        title: c.title,
        status: c.status,
        exceptions: exceptions.length,
        expected: c.units.length,
        latest: exceptions.slice(-3).map((u) => ({ slot: u.label, reason: u.reason ?? u.status })),
      };
    });
  const stale = controls.flatMap((c) => {
    if (c.frequency === 'event' || c.status === 'no_evidence') return [];
    const last = c.units.at(-1);
    if (last?.status !== 'missing') return [];
    const lastMet = c.units.filter((u) => u.status !== 'missing').at(-1);
    const firstMissingAfter = c.units.find(
      (u) => u.status === 'missing' && (!lastMet || u.start > lastMet.end),
    );
    return [
      {
        id: c.id,
        title: c.title,
        last_met: lastMet?.label ?? null,
        missing_since: firstMissingAfter?.label ?? last.label,
      },
    ];
  });
  const quiet = controls
    .filter((c) => c.frequency === 'event' && c.units.length === 0)
    .map((c) => ({ id: c.id, title: c.title, evidence: evidenceOf(c.id) }));

  const findings = catalog.findings.flatMap((f) => {
    const involved = f.controls.map((id) => {
      const c = byId.get(id);
      const p = programme.controls.find((x) => x.id === id);
      return { id, status: c ? c.status : p ? ('not_applicable' as const) : ('not_in_programme' as const) };
    });
    const detected = involved.some(
      (c) => WEAK.has(c.status as ControlStatus) || c.status === 'not_in_programme',
    );
    return detected ? [{ area: f.area, title: f.title, issue: f.issue, fix: f.fix, controls: involved }] : [];
  });

  const byCategory: Partial<Record<Category, number>> = {};
  const points = (s: ControlStatus) => (s === 'effective' ? 1 : s === 'exceptions' ? 0.5 : 0);
  for (const category of CATEGORIES) {
    if (!programme.categories.includes(category)) continue;
    const criteria = catalog.tsc.criteria.filter((cr) => cr.category === category && inScope.has(cr.id));
    if (!criteria.length) continue;
    // Each criterion scores the mean of its controls; a criterion without controls scores 0.
    const scores = criteria.map((cr) => {
      const mine = controls.filter((c) => c.criteria.includes(cr.id));
      return mine.length ? mine.reduce((n, c) => n + points(c.status), 0) / mine.length : 0;
    });
    byCategory[category] = Math.round((100 * scores.reduce((a, b) => a + b, 0)) / scores.length);
  }
  const categoryScores = Object.values(byCategory);
  const overall = categoryScores.length
    ? Math.round(categoryScores.reduce((a, b) => a + b, 0) / categoryScores.length)
    : 0;

  const fixFor = (id: string) => findings.find((f) => f.controls.some((c) => c.id === id))?.fix;
  const raw: Omit<ReadinessTask, 'rank'>[] = [
    ...criteriaWithout.map((cr) => ({
      impact: 'critical' as const,
      title: `Map a control to ${cr.id} (${cr.title})`,
      fix: 'Add or enable a control for this criterion in controls/, or record why it is not relevant in evident.yaml.',
      controls: [],
      criteria: [cr.id],
    })),
    ...withoutEvidence.map((c) => ({
      impact: 'high' as const,
      title: `Collect evidence for ${c.id} (${c.title})`,
      fix:
        fixFor(c.id) ??
        `Set up a source or import for ${c.evidence.join(', ')} evidence, on the control's ${c.frequency} cadence.`,
      controls: [c.id],
      criteria: byId.get(c.id)?.criteria ?? [],
    })),
    ...failing.map((c) => ({
      impact: c.status === 'not_effective' ? ('high' as const) : ('medium' as const),
      title: `Fix ${c.id}: ${c.exceptions} of ${c.expected} ${c.status === 'not_effective' ? 'failing' : 'exceptions'}`,
      fix:
        fixFor(c.id) ??
        `Resolve the causes of the exceptions (latest: ${c.latest.map((x) => x.reason).join('; ')}).`,
      controls: [c.id],
      criteria: byId.get(c.id)?.criteria ?? [],
    })),
    ...stale
      .filter((s) => !failing.some((f) => f.id === s.id))
      .map((s) => ({
        impact: 'medium' as const,
        title: `Resume ${s.id}: no evidence since ${s.last_met ?? 'ever'}`,
        fix: fixFor(s.id) ?? 'Check the source of this evidence and run the control for the missing slots.',
        controls: [s.id],
        criteria: byId.get(s.id)?.criteria ?? [],
      })),
    ...quiet.map((c) => ({
      impact: 'low' as const,
      title: `Confirm ${c.id} had no events in the window (no ${c.evidence.join(', ')} evidence recorded)`,
      fix: 'If events did occur, connect the system that records them; an auditor will ask for the complete population.',
      controls: [c.id],
      criteria: byId.get(c.id)?.criteria ?? [],
    })),
  ];
  const tasks = raw
    .map((t) => ({ t, score: IMPACT_WEIGHT[t.impact] * Math.max(1, t.criteria.length) }))
    .sort((a, b) => b.score - a.score || a.t.title.localeCompare(b.t.title))
    .map(({ t }, i) => ({ rank: i + 1, ...t }));

  return {
    as_of: today,
    window: input.window,
    score: { overall, by_category: byCategory },
    criteria_without_controls: criteriaWithout,
    controls_without_evidence: withoutEvidence,
    failing_controls: failing,
    stale_controls: stale,
    quiet_event_controls: quiet,
    common_findings: findings,
    tasks,
    earliest_type2_start: earliestStart(input.history, today),
  };
}
