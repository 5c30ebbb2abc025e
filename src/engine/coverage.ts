import type { Catalog } from '../core/catalog.ts';
import type { Programme } from '../core/programme.ts';
import { controlsInScope } from './control-scope.ts';

export type Framework = 'soc2' | 'iso27001';

export type CoverageRow = {
  id: string;
  title: string;
  /** TSC category or Annex A theme. */
  group: string;
  status: 'covered' | 'gap' | 'not_relevant';
  controls: string[];
  reason?: string;
};

export type Coverage = {
  framework: Framework;
  total: number;
  covered: number;
  gaps: string[];
  not_relevant: number;
  rows: CoverageRow[];
};

/** Each requirement with the in-scope controls that support it; one with none is a gap. */
export function coverage(programme: Programme, catalog: Catalog, framework: Framework): Coverage {
  const controls = controlsInScope(programme, catalog);
  const supporting = (id: string, refs: (c: (typeof controls)[number]) => string[]) =>
    controls.filter((c) => refs(c).includes(id)).map((c) => c.id);
  const notRelevant = new Map(programme.not_relevant.map((n) => [n.criterion, n.reason]));

  const rows: CoverageRow[] =
    framework === 'soc2'
      ? catalog.tsc.criteria
          .filter((c) => programme.categories.includes(c.category))
          .map((c) => {
            const reason = notRelevant.get(c.id);
            const ids = supporting(c.id, (x) => x.criteria);
            const status = reason !== undefined ? 'not_relevant' : ids.length ? 'covered' : 'gap';
            return {
              id: c.id,
              title: c.title,
              group: c.category,
              status,
              controls: ids,
              ...(reason ? { reason } : {}),
            };
          })
      : catalog.iso.controls.map((c) => {
          const ids = supporting(c.id, (x) => x.iso);
          return {
            id: c.id,
            title: c.title,
            group: c.theme,
            status: ids.length ? 'covered' : 'gap',
            controls: ids,
          };
        });

  return {
    framework,
    total: rows.length,
    covered: rows.filter((r) => r.status === 'covered').length,
    gaps: rows.filter((r) => r.status === 'gap').map((r) => r.id),
    not_relevant: rows.filter((r) => r.status === 'not_relevant').length,
    rows,
  };
}
