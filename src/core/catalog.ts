import type { CommonFinding } from './common-finding.ts';
import type { Control } from './control.ts';
import type { Criterion, CriterionGroup } from './criterion.ts';
import type { IsoControl } from './iso-control.ts';

/** Everything Evident ships as data: the frameworks, the default controls and the common findings. */
export type Catalog = {
  tsc: { title: string; groups: CriterionGroup[]; criteria: Criterion[] };
  iso: { title: string; note?: string; controls: IsoControl[] };
  controls: Control[];
  findings: CommonFinding[];
};
