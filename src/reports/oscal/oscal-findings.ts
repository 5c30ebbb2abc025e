import type { ReportControl, ReportCriterion, ReportModel } from '../report-model.ts';
import { evidentProp } from './evident-prop.ts';
import { oscalControlId } from './oscal-control-id.ts';
import type { OscalFinding } from './oscal-types.ts';
import { oscalUuid } from './oscal-uuid.ts';

const words = (s: string) => s.replace(/_/g, ' ');

/**
 * One finding per criterion in scope (DESIGN.md §5 criterion status): satisfied when met, not satisfied
 * when at risk (reason `fail`) or when no control maps to it (reason `other`: nothing was tested), with
 * every exception of its controls linked as a related observation, met criteria included.
 */
export function oscalFindings(
  model: ReportModel,
  base: string,
  exceptions: ReadonlyMap<string, readonly string[]>,
): OscalFinding[] {
  const byId = new Map(model.controls.map((c) => [c.id, c]));
  return model.criteria.map((criterion) => {
    const controls = criterion.controls.map((id) => byId.get(id)).filter((c) => c !== undefined);
    const related = [...new Set(controls.flatMap((c) => exceptions.get(c.id) ?? []))];
    const responses = controls.filter((c) => c.management_response);
    return {
      uuid: oscalUuid(`${base}/finding/${criterion.id}`),
      title: `${criterion.id} ${criterion.title}`,
      description: controls.length
        ? `Tested through ${controls.map((c) => `${c.id} (${c.title}): ${words(c.status)}; ${c.result}`).join(' ')}`
        : 'No tested control of the programme maps to this criterion.',
      props: [
        evidentProp('criterion-id', criterion.id),
        evidentProp('criterion-status', criterion.status),
        ...controls.map((c) => evidentProp('control-id', c.id)),
      ],
      target: {
        type: 'objective-id',
        'target-id': oscalControlId(criterion.id),
        status: status(criterion, controls),
      },
      ...(related.length ? { 'related-observations': related.map((u) => ({ 'observation-uuid': u })) } : {}),
      ...(responses.length
        ? {
            remarks: responses
              .map((c) => `Management's response (${c.id}): ${c.management_response}`)
              .join('\n\n'),
          }
        : {}),
    };
  });
}

function status(criterion: ReportCriterion, controls: ReportControl[]): OscalFinding['target']['status'] {
  if (criterion.status === 'met')
    return {
      state: 'satisfied',
      reason: 'pass',
      remarks: 'Met: every control mapped to it operated effectively or within its tolerable exception rate.',
    };
  if (criterion.status === 'no_controls')
    return {
      state: 'not-satisfied',
      reason: 'other',
      remarks: 'No controls: no tested control of the programme maps to this criterion.',
    };
  const failing = controls.filter((c) => c.status === 'not_effective' || c.status === 'no_evidence');
  return {
    state: 'not-satisfied',
    reason: 'fail',
    remarks: `At risk: ${failing.map((c) => `${c.id} is ${words(c.status)}`).join('; ') || 'a mapped control did not operate'}.`,
  };
}
