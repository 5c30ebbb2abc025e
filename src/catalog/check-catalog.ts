import type { Catalog } from '../core/catalog.ts';
import { CONTROL_TEST_PARAMS } from '../core/control-test.ts';
import type { Problem } from '../core/errors.ts';

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

/** Cross-file rules a schema cannot express: unique ids and references that resolve. */
export function checkCatalog(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const say = (file: string, message: string) => problems.push({ message, position: { file } });
  const criteria = new Set(catalog.tsc.criteria.map((c) => c.id));
  const groups = new Set(catalog.tsc.groups.map((g) => g.id));
  const iso = new Set(catalog.iso.controls.map((c) => c.id));
  const controls = new Set(catalog.controls.map((c) => c.id));

  for (const id of duplicates(catalog.tsc.criteria.map((c) => c.id))) say('tsc-2017.yaml', `duplicate ${id}`);
  for (const c of catalog.tsc.criteria) {
    if (!groups.has(c.group)) say('tsc-2017.yaml', `${c.id}: unknown group ${c.group}`);
    if (!c.id.startsWith(`${c.group}.`)) say('tsc-2017.yaml', `${c.id}: not in its group ${c.group}`);
  }
  for (const id of duplicates(catalog.iso.controls.map((c) => c.id)))
    say('iso27001-2022.yaml', `duplicate ${id}`);
  for (const id of duplicates(catalog.controls.map((c) => c.id))) say('controls.yaml', `duplicate ${id}`);
  for (const c of catalog.controls) {
    for (const ref of c.criteria)
      if (!criteria.has(ref)) say('controls.yaml', `${c.id}: unknown criterion ${ref}`);
    for (const ref of c.iso)
      if (!iso.has(ref)) say('controls.yaml', `${c.id}: unknown Annex A control ${ref}`);
    const allowed: readonly string[] = CONTROL_TEST_PARAMS[c.test];
    for (const p of Object.keys(c.params)) {
      if (!allowed.includes(p)) say('controls.yaml', `${c.id}: test ${c.test} takes no parameter "${p}"`);
    }
    if (c.finding_area && !catalog.findings.some((f) => f.area === c.finding_area)) {
      say('controls.yaml', `${c.id}: unknown finding area ${c.finding_area}`);
    }
  }
  for (const f of catalog.findings) {
    for (const ref of f.controls)
      if (!controls.has(ref)) say('common-findings.yaml', `${f.area}: unknown control ${ref}`);
    for (const ref of f.criteria)
      if (!criteria.has(ref)) say('common-findings.yaml', `${f.area}: unknown criterion ${ref}`);
  }
  return problems;
}
