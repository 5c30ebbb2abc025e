import type { PhaseId, PlanTask } from './audit-plan.ts';

type Entry = PlanTask & { only?: 'I' | 'II' };

/**
 * What each phase asks of the company. The audit tasks follow the usual request list of a CPA firm
 * (soc2-domain.md §7); Type I and Type II differ where testing at a date differs from testing over a period.
 */
const TASKS: Record<PhaseId, Entry[]> = {
  scope: [
    {
      title: 'Pick the Trust Services categories to report on; Security is always in',
      command: 'evident criteria',
    },
    {
      title:
        'Describe the system and draw its boundaries: infrastructure, software, people, procedures, data',
    },
    { title: 'List the vendors; mark subservice organisations and choose carve-out or inclusive for each' },
    { title: 'Record criteria that do not apply, each with its reason' },
    { title: 'Choose the CPA firm and agree the report type and the dates of this plan' },
    {
      title: 'Write the scope into evident.yaml and name an owner for every control',
      command: 'evident init',
    },
  ],
  readiness: [
    { title: 'Run the gap assessment and see which criteria lack controls', command: 'evident readiness' },
    { title: 'Write or adapt the policies and have management approve them' },
    { title: 'Fix the open gaps, critical and high first' },
    { title: 'Connect evidence sources and import what cannot be collected', command: 'evident import' },
    { title: 'Run security awareness training and collect policy acknowledgements' },
    {
      title: 'Make sure every periodic control has run at least once before the observation period opens',
      only: 'II',
    },
    { title: 'Make sure every control has run at least once before the as-of date', only: 'I' },
    {
      title: 'Check coverage: every in-scope criterion mapped to a working control',
      command: 'evident coverage',
    },
  ],
  evidence: [
    { title: 'Keep collection running on schedule; import exports the same week they are produced' },
    { title: 'Every week, look for missed slots and failed tests and fix the cause, not just the record' },
    { title: 'Monthly: access reviews of privileged accounts, vulnerability scan follow-up' },
    { title: 'Quarterly: user access reviews, vendor reviews, policy and risk follow-ups' },
    { title: 'Once in the period: penetration test, incident response tabletop, DR or restore test' },
    { title: 'Log every exception with its cause and the fix, ready for management responses' },
    {
      title: 'Verify the ledger from time to time so a broken chain surfaces early',
      command: 'evident verify',
    },
  ],
  audit: [
    { title: 'Answer the request list (PBC) with the evidence package' },
    {
      title: 'Pull complete populations on the day after the period ends, with the query that produced each',
      only: 'II',
    },
    { title: 'Walk the auditor through the system, the controls and how evidence is collected' },
    {
      title: 'Support sample testing: auditors re-derive the samples from the frozen populations',
      only: 'II',
    },
    { title: 'Show one current instance of each control as of the date', only: 'I' },
    { title: 'Write management responses to every exception the auditor reports', only: 'II' },
    { title: 'Review the draft report and the system description for accuracy' },
    { title: 'Sign the management assertion and the representation letter' },
    { title: 'Plan the bridge letter for customers whose year end falls after the period', only: 'II' },
    {
      title: 'Keep collecting: the Type II observation period can open on the day after the as-of date',
      only: 'I',
    },
  ],
};

/** The tasks of a phase for a report type. */
export const phaseTasks = (phase: PhaseId, type: 'I' | 'II'): PlanTask[] =>
  TASKS[phase]
    .filter((t) => t.only === undefined || t.only === type)
    .map(({ title, command }) => (command === undefined ? { title } : { title, command }));
