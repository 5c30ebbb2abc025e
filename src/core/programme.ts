import type { Category } from './category.ts';
import type { Control } from './control.ts';

export type Component = { name: string; description?: string };

export type ReportScope =
  | { type: 'II'; period: { start: string; end: string } }
  | { type: 'I'; as_of: string };

export type Vendor = {
  name: string;
  service: string;
  tier: 'critical' | 'high' | 'medium' | 'low';
  subservice: boolean;
  treatment?: 'carve-out' | 'inclusive';
  csocs: string[];
};

/** A control as the programme runs it: the library's definition with the company's overrides applied. */
export type ProgrammeControl = Control & {
  origin: 'library' | 'custom';
  enabled: boolean;
  justification?: string;
  /** From the last report: moves the sample one size up (DESIGN.md §6). */
  prior_exceptions: boolean;
  /** Keys changed by an override file, and the file, for reports and `evident controls`. */
  overridden: string[];
  override_file?: string;
};

export type Policy = {
  file: string;
  title: string;
  version: string;
  owner: string;
  approved_by?: string;
  approved_at?: string;
  review: 'annual' | 'semiannual' | 'quarterly';
  criteria: string[];
  body: string;
};

/** A source of evidence (evident.yaml `sources:`): a collector, its options and its schedule. */
export type Source = {
  id: string;
  collector: string;
  options: Record<string, unknown>;
  schedule?: string;
  timeout_seconds: number;
};

export type Programme = {
  dir: string;
  organisation: { name: string; legal_name?: string; website?: string; headcount?: number };
  system: {
    name: string;
    description: string;
    services: Component[];
    commitments: string[];
    system_requirements: string[];
    boundaries: Record<'infrastructure' | 'software' | 'people' | 'procedures' | 'data', Component[]>;
  };
  categories: Category[];
  not_relevant: { criterion: string; reason: string }[];
  report: ReportScope;
  vendors: Vendor[];
  cuecs: string[];
  /** Management's responses to exceptions, by control id (report section 5). */
  management_responses: Record<string, string>;
  controls: ProgrammeControl[];
  policies: Policy[];
  storage: { url?: string };
  sources: Source[];
  /** Written by `evident run` on its schedule: the weekly evidence report (docs/sources.md). */
  evidence_report?: { schedule: string; out: string };
};

/** A library control run as shipped, with no override. */
export const asProgrammeControl = (control: Control): ProgrammeControl => ({
  ...control,
  origin: 'library',
  enabled: true,
  prior_exceptions: false,
  overridden: [],
});
