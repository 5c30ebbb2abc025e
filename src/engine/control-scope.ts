import type { Catalog } from '../core/catalog.ts';
import type { Programme, ProgrammeControl } from '../core/programme.ts';

/**
 * Whether the programme runs a control: `not_applicable` when disabled with a justification,
 * `out_of_scope` when none of its criteria belongs to a category in scope, else `in_scope`.
 */
export type ControlScope = 'in_scope' | 'out_of_scope' | 'not_applicable';

export function inScopeCriteria(programme: Programme, catalog: Catalog): Set<string> {
  const notRelevant = new Set(programme.not_relevant.map((n) => n.criterion));
  return new Set(
    catalog.tsc.criteria
      .filter((c) => programme.categories.includes(c.category) && !notRelevant.has(c.id))
      .map((c) => c.id),
  );
}

export function controlScope(control: ProgrammeControl, criteria: Set<string>): ControlScope {
  if (!control.enabled) return 'not_applicable';
  return control.criteria.some((c) => criteria.has(c)) ? 'in_scope' : 'out_of_scope';
}

export const controlsInScope = (programme: Programme, catalog: Catalog): ProgrammeControl[] => {
  const criteria = inScopeCriteria(programme, catalog);
  return programme.controls.filter((c) => controlScope(c, criteria) === 'in_scope');
};
