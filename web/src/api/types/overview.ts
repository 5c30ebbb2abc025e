import type { ControlStatus, CriterionStatus } from './statuses.ts';

export type Period = { start: string; end: string };
export type CriteriaCounts = { met: number; at_risk: number; no_controls: number };

export type Criterion = {
  id: string;
  title: string;
  category: string;
  status: CriterionStatus;
  controls: string[];
};

export type Failure = {
  control: string;
  title: string;
  slot: string;
  start: string;
  end: string;
  status: string;
  reason: string;
};

/** GET /api/overview (docs/api.md). */
export type Overview = {
  /** Names as the server sends them; an object with a `name` is accepted too (see lib/format.ts nameOf). */
  organisation: string | { name: string };
  system: string | { name: string };
  type: 'I' | 'II';
  period: Period;
  as_of?: string;
  today: string;
  days_remaining: number;
  evaluated_at: string;
  ledger: { size: number; root: string };
  summary: {
    controls: Record<ControlStatus, number>;
    criteria: CriteriaCounts;
    exceptions: number;
    expected: number;
    met: number;
  };
  categories: { id: string; title: string; criteria: CriteriaCounts }[];
  criteria: Criterion[];
  readiness: { score: number; categories: { category: string; title: string; score: number }[] };
  failures: Failure[];
};
