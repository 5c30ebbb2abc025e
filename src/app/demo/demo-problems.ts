import { LATE_FILINGS } from './collection-time.ts';
import { NEVER_ASSESSED_VENDOR } from './demo-company.ts';
import type { PlantedProblem } from './workload/workload-types.ts';

/**
 * A problem the demo put in on purpose and where it shows: an `exception` of the control (its slot
 * label or reason contains `match`, when given), or `retroactive` evidence in the control's details.
 */
export type DemoProblem = {
  control: string;
  shows: 'exception' | 'retroactive';
  what: string;
  match?: string;
};

/** Demo wording for the workload's problems whose own text speaks of how they were generated. */
const WORDING: Record<string, (p: PlantedProblem) => string> = {
  'encryption-at-rest': (p) => `a service's storage bucket unencrypted for three days from ${p.match}`,
  'vuln-remediation': () =>
    'critical and high findings left open past their SLA (and those due in the missed scan week)',
  'change-approval': () => 'a change merged with only its author approving it, or with CI failing',
};

/**
 * The demo's planted problems: the workload's (all of which the engine reports as exceptions; the
 * change-approval one only when the workload's few unapproved merges fell among this company's
 * changes), the vendor never assessed and the records filed late.
 */
export function demoProblems(planted: readonly PlantedProblem[], unapprovedChanges: number): DemoProblem[] {
  const fromWorkload = planted
    .filter((p) => p.control !== 'change-approval' || unapprovedChanges > 0)
    .map(
      (p): DemoProblem => ({
        control: p.control,
        shows: 'exception',
        what: WORDING[p.control]?.(p) ?? p.what,
        ...(p.match ? { match: p.match } : {}),
      }),
    );
  return [
    ...fromWorkload,
    {
      control: 'vendor-risk',
      shows: 'exception',
      what: `${NEVER_ASSESSED_VENDOR.name} (${NEVER_ASSESSED_VENDOR.tier} tier) is in the vendor register but was never assessed`,
      match: NEVER_ASSESSED_VENDOR.name,
    },
    ...LATE_FILINGS.map(
      (l): DemoProblem => ({
        control: l.control,
        shows: 'retroactive',
        what: `${l.what} ${l.days} days after the event (retroactive evidence)`,
      }),
    ),
  ];
}
