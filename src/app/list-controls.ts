import type { Params } from '../core/control.ts';
import type { Frequency } from '../core/frequency.ts';
import { asProgrammeControl } from '../core/programme.ts';
import { type ControlScope, controlScope, inScopeCriteria } from '../engine/control-scope.ts';
import { openCatalogOrProgramme } from './open-programme.ts';

export type ControlListing = {
  id: string;
  title: string;
  owner: string;
  frequency: Frequency;
  evidence: string[];
  test: string;
  params: Params;
  criteria: string[];
  iso: string[];
  finding_area?: string;
  origin: 'library' | 'custom';
  scope: ControlScope;
  justification?: string;
  overridden: string[];
};

/** The programme's controls (or the default library when there is no programme) with their scope. */
export function listControls(dir: string): { controls: ControlListing[]; programme: boolean } {
  const { catalog, programme } = openCatalogOrProgramme(dir);
  const criteria = programme
    ? inScopeCriteria(programme, catalog)
    : new Set(catalog.tsc.criteria.map((c) => c.id));
  const source = programme?.controls ?? catalog.controls.map(asProgrammeControl);
  const controls = source.map((c) => ({
    id: c.id,
    title: c.title,
    owner: c.owner,
    frequency: c.frequency,
    evidence: c.evidence,
    test: c.test,
    params: c.params,
    criteria: c.criteria,
    iso: c.iso,
    ...(c.finding_area ? { finding_area: c.finding_area } : {}),
    origin: c.origin,
    scope: controlScope(c, criteria),
    ...(c.justification ? { justification: c.justification } : {}),
    overridden: c.overridden,
  }));
  return { controls, programme: programme !== undefined };
}
