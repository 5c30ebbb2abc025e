export type Impact = 'critical' | 'high' | 'medium' | 'low';

/** GET /api/readiness: the `evident readiness --json` object (docs/cli.md). */
export type Readiness = {
  as_of: string;
  window: { start: string; end: string };
  score: { overall: number; by_category: Record<string, number> };
  criteria_without_controls: { id: string; title: string }[];
  controls_without_evidence: { id: string; title: string; frequency: string; evidence: string[] }[];
  failing_controls: {
    id: string;
    title: string;
    status: string;
    exceptions: number;
    expected: number;
    latest: { slot: string; reason: string }[];
  }[];
  stale_controls: { id: string; title: string; last_met: string; missing_since: string }[];
  quiet_event_controls: { id: string; title: string; evidence: string[] }[];
  common_findings: {
    area: string;
    title: string;
    issue: string;
    fix: string;
    controls: { id: string; status: string }[];
  }[];
  tasks: {
    rank: number;
    impact: Impact;
    title: string;
    fix: string;
    controls: string[];
    criteria: string[];
  }[];
  earliest_type2_start: {
    date: string | null;
    limited_by?: { control: string; last_missing: string };
    blocking: string[];
  };
};
