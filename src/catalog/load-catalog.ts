import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Catalog } from '../core/catalog.ts';
import { CommonFindingsCatalogSchema } from '../core/common-finding.ts';
import { ControlLibrarySchema } from '../core/control.ts';
import { TscCatalogSchema } from '../core/criterion.ts';
import { EvidentError, type Problem } from '../core/errors.ts';
import { IsoCatalogSchema } from '../core/iso-control.ts';
import { parseYaml } from '../core/parse-yaml.ts';
import { CATALOG_DIR } from './catalog-dir.ts';
import { checkCatalog } from './check-catalog.ts';

const cache = new Map<string, Catalog>();

/** Loads and validates the shipped catalog; a broken catalog is our defect and fails loudly. */
export function loadCatalog(dir: string = CATALOG_DIR): Catalog {
  const cached = cache.get(dir);
  if (cached) return cached;
  const problems: Problem[] = [];
  const read = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const result = parseYaml(readFileSync(join(dir, name), 'utf8'), name, schema);
    problems.push(...result.problems);
    return result.data;
  };
  const tsc = read('tsc-2017.yaml', TscCatalogSchema);
  const iso = read('iso27001-2022.yaml', IsoCatalogSchema);
  const library = read('controls.yaml', ControlLibrarySchema);
  const findings = read('common-findings.yaml', CommonFindingsCatalogSchema);
  if (!tsc || !iso || !library || !findings) {
    throw new EvidentError('bad_catalog', 'the shipped catalog does not validate', { problems });
  }
  const categoryOf = new Map(tsc.groups.map((g) => [g.id, g.category]));
  const catalog: Catalog = {
    tsc: {
      title: tsc.title,
      groups: tsc.groups,
      criteria: tsc.criteria.map((c) => ({ ...c, category: categoryOf.get(c.group) ?? 'security' })),
    },
    iso: { title: iso.title, ...(iso.note ? { note: iso.note } : {}), controls: iso.controls },
    controls: library.controls,
    findings: findings.findings,
  };
  const crossProblems = checkCatalog(catalog);
  if (crossProblems.length) {
    throw new EvidentError('bad_catalog', 'the shipped catalog is inconsistent', { problems: crossProblems });
  }
  cache.set(dir, catalog);
  return catalog;
}
