import type { Unit } from '../../engine/control-test-run.ts';
import { reportFixture } from '../report-fixture.ts';
import type { ReportControl, ReportModel } from '../report-model.ts';

export type FixtureVariant = 'type-i' | 'no-incidents' | 'no-exceptions' | 'no-git';

/**
 * The report fixture bent into the other shapes a report takes: a Type I as of the period end, a period
 * without incidents, a clean period (no exceptions, unmodified assertion) and a programme folder without
 * git history. Test data only (imported by tests, never by the product).
 */
export function fixtureVariant(kind: FixtureVariant): ReportModel {
  const model = reportFixture();
  switch (kind) {
    case 'no-incidents':
      return { ...model, incidents: [] };
    case 'no-git':
      return { ...model, changes: [], changes_source: 'none' };
    case 'no-exceptions':
      return clean(model);
    case 'type-i':
      return typeOne(model, '2026-12-31');
  }
}

function clean(model: ReportModel): ReportModel {
  const controls = model.controls.map((c): ReportControl => {
    if (c.status === 'not_applicable') return c;
    const population = c.population.map(({ reason: _, ...u }): Unit => ({ ...u, status: 'met' }));
    return {
      ...c,
      status: 'effective',
      population,
      exceptions: [],
      met: c.expected,
      result: 'No exceptions noted.',
    };
  });
  const { management_response: _, ...changeApproval } = controls.find((c) => c.id === 'change-approval')!;
  return {
    ...model,
    controls: controls.map((c) => (c.id === changeApproval.id ? changeApproval : c)),
    criteria: model.criteria.map((c) => (c.status === 'at_risk' ? { ...c, status: 'met' } : c)),
    assertion: { modified: false, at_risk: [] },
    responses_missing: [],
    summary: {
      ...model.summary,
      controls: { effective: 6, exceptions: 0, not_effective: 0, no_evidence: 0, not_applicable: 1 },
      criteria: { met: 8, at_risk: 0, no_controls: 2 },
      exceptions: 0,
      met: model.summary.expected,
    },
  };
}

/** Type I: one synthetic unit per control at the as-of date; the two not-effective controls still fail. */
function typeOne(model: ReportModel, asOf: string): ReportModel {
  const controls = model.controls.map((c): ReportControl => {
    if (c.status === 'not_applicable') return c;
    const failing = c.status === 'not_effective';
    const reason = c.exceptions[0]?.reason ?? 'failed';
    const unit: Unit = failing
      ? { label: asOf, start: asOf, end: asOf, status: 'failed', reason, evidence: [] }
      : { label: asOf, start: asOf, end: asOf, status: 'met', evidence: [] };
    const { sample: _, ...rest } = c;
    return {
      ...rest,
      status: failing ? 'not_effective' : 'effective',
      expected: 1,
      met: failing ? 0 : 1,
      population: [unit],
      exceptions: failing ? [{ slot: asOf, reason, evidence: [] }] : [],
      tested: `Design and implementation as of ${asOf}: the latest evidence at that date.`,
      result: failing
        ? `Not demonstrated as of ${asOf}: ${reason}.`
        : `Suitably designed and implemented as of ${asOf}.`,
    };
  });
  return {
    ...model,
    type: 'I',
    period: { start: asOf, end: asOf },
    as_of: asOf,
    controls,
    incidents: [],
    changes: [],
    responses_missing: ['access-review', 'incident-response'],
  };
}
