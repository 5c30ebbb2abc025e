import { EvidentError } from '../../core/errors.ts';
import type { ReportControl } from '../../reports/report-model.ts';
import type { DashboardEvaluation } from './compute-evaluation.ts';

export type ControlFilter = { status?: string; criterion?: string; category?: string; q?: string };

/** `GET /api/controls`: every tested control with its result; the filters combine. */
export function controlList(e: DashboardEvaluation, f: ControlFilter) {
  const category = f.category
    ? new Set(e.model.criteria.filter((c) => c.category === f.category).map((c) => c.id))
    : undefined;
  const q = f.q?.toLowerCase();
  return e.model.controls
    .filter((c) => !f.status || c.status === f.status)
    .filter((c) => !f.criterion || c.criteria.includes(f.criterion))
    .filter((c) => !category || c.criteria.some((id) => category.has(id)))
    .filter((c) => !q || c.id.toLowerCase().includes(q) || c.title.toLowerCase().includes(q))
    .map((c) => ({
      id: c.id,
      title: c.title,
      owner: c.owner,
      frequency: c.frequency,
      test: c.test,
      criteria: c.criteria,
      iso: c.iso,
      status: c.status,
      expected: c.expected,
      met: c.met,
      exceptions: c.exceptions.length,
    }));
}

/** `GET /api/controls/{id}`: the report model's control (docs/reports.md). */
export function controlDetail(e: DashboardEvaluation, id: string): ReportControl {
  const control = e.model.controls.find((c) => c.id === id);
  if (!control) throw new EvidentError('not_found', `no control "${id}" is tested in this programme`);
  return control;
}
