export type BudgetLine = {
  item: string;
  title: string;
  low: number;
  high: number;
  range: { low: number; high: number };
  reasons: string[];
  open_ended?: boolean;
};

/** GET /api/budget: the `evident budget --json` object (docs/cli.md). */
export type Budget = {
  type: 'I' | 'II';
  renewal: boolean;
  lines: BudgetLine[];
  total: { low: number; high: number; open_ended?: boolean };
  ongoing: BudgetLine[];
  inputs: {
    categories: string[];
    headcount?: number;
    systems: number;
    vendors: number;
    open_gaps: Record<string, number>;
  };
};
