import type { Category } from '../core/category.ts';
import { inScopeCriteria } from '../engine/control-scope.ts';
import { openCatalogOrProgramme } from './open-programme.ts';

export type CriterionListing = {
  id: string;
  category: Category;
  group: string;
  group_title: string;
  coso?: number;
  title: string;
  /** Absent when there is no programme to say what is in scope. */
  in_scope?: boolean;
  controls: string[];
};

/** The 61 criteria, and with a programme, which are in scope and which of its controls map to each. */
export function listCriteria(
  dir: string,
  category?: Category,
): { criteria: CriterionListing[]; programme: boolean } {
  const { catalog, programme } = openCatalogOrProgramme(dir);
  const scope = programme ? inScopeCriteria(programme, catalog) : undefined;
  const controls = programme ? programme.controls.filter((c) => c.enabled) : catalog.controls;
  const groupTitle = new Map(catalog.tsc.groups.map((g) => [g.id, g.title]));
  const criteria = catalog.tsc.criteria
    .filter((c) => !category || c.category === category)
    .map((c) => ({
      id: c.id,
      category: c.category,
      group: c.group,
      group_title: groupTitle.get(c.group) ?? c.group,
      ...(c.coso ? { coso: c.coso } : {}),
      title: c.title,
      ...(scope ? { in_scope: scope.has(c.id) } : {}),
      controls: controls.filter((x) => x.criteria.includes(c.id)).map((x) => x.id),
    }));
  return { criteria, programme: programme !== undefined };
}
