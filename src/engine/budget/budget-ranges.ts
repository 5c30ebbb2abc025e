export type BudgetItem =
  | 'readiness_assessment'
  | 'type1_audit'
  | 'type2_audit'
  | 'remediation'
  | 'type2_renewal';

/** US dollars. `open_ended`: `high` is where the published range stops, not a ceiling on real cost. */
export type UsdRange = { low: number; high: number; open_ended?: true };

/**
 * The published first-audit ranges our estimates are placed within (from the issue). Every estimate lies
 * inside its item's range; none is extrapolated beyond it.
 */
export const BUDGET_RANGES: Record<BudgetItem, UsdRange & { title: string }> = {
  readiness_assessment: { title: 'Readiness assessment', low: 10_000, high: 30_000 },
  type1_audit: { title: 'Type I audit', low: 15_000, high: 40_000 },
  type2_audit: { title: 'Type II audit', low: 25_000, high: 75_000 },
  remediation: { title: 'Remediation of readiness gaps', low: 20_000, high: 100_000, open_ended: true },
  type2_renewal: { title: 'Annual Type II renewal', low: 20_000, high: 50_000 },
};
