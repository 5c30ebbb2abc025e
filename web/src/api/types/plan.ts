/** GET /api/plan: the `evident plan --json` object (docs/cli.md). */
export type Plan = {
  report: { type: 'I' | 'II'; period?: { start: string; end: string }; as_of?: string };
  start: string;
  end: string;
  phases: {
    id: string;
    title: string;
    months: { from: number; to: number };
    start: string;
    end: string;
    tasks: { title: string; command?: string }[];
  }[];
  audit_weeks: { week: number; start: string; end: string; step: string; title: string }[];
};
