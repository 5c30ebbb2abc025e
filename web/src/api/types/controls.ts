import type { ControlStatus, Frequency, UnitStatus } from './statuses.ts';

/** One row of GET /api/controls. `exceptions` is a count. */
export type ControlRow = {
  id: string;
  title: string;
  owner: string;
  frequency: Frequency;
  test: string;
  criteria: string[];
  iso: string[];
  status: ControlStatus;
  expected: number;
  met: number;
  exceptions: number;
};

/** A slot or event item of a control's population (src/engine/control-test-run.ts `Unit`). */
export type Unit = {
  label: string;
  start: string;
  end: string;
  status: UnitStatus;
  reason?: string;
  evidence: string[];
};

export type ControlException = { slot: string; reason: string; evidence: string[] };

export type Sample = {
  seed: string;
  method: 'all' | 'stratified';
  sample_size: number;
  population_size: number;
  population_sha256: string;
  items: Unit[];
};

/** GET /api/controls/{id}: the report model's control (docs/reports.md). */
export type ControlDetail = Omit<ControlRow, 'exceptions'> & {
  description: string;
  params: Record<string, unknown>;
  details: Record<string, unknown>;
  tested: string;
  result: string;
  management_response?: string;
  justification?: string;
  retroactive?: number;
  population: Unit[];
  exceptions: ControlException[];
  sample?: Sample;
};

export type ControlFilters = { status?: string; criterion?: string; category?: string; q?: string };
