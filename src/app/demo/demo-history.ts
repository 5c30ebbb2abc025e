import { addDays } from '../../core/dates.ts';
import {
  ASSESSED_VENDORS,
  DEMO_COMPANY,
  MANAGEMENT_RESPONSES,
  NEVER_ASSESSED_VENDOR,
  NOT_RELEVANT,
} from './demo-company.ts';
import { initDemoGit } from './demo-git.ts';
import { approvePolicies, editProgramme } from './programme-edits.ts';

type Step = { day: number; message: string; apply(dir: string, date: string): void };

/**
 * How the programme grew during the period, one commit each (day = days after the period's start).
 * The management responses come after the exceptions they answer (the late access review is in the
 * third month, the missed scan week around the twenty-second week).
 */
const STEPS = (people: number): Step[] => [
  {
    day: 2,
    message: `Start the SOC 2 programme for ${DEMO_COMPANY.system}: scope, controls and starter policies`,
    apply: (dir) =>
      editProgramme(dir, (doc) => {
        doc.setIn(['organisation', 'headcount'], people);
        doc.setIn(['organisation', 'website'], DEMO_COMPANY.website);
        doc.set('vendors', doc.createNode(ASSESSED_VENDORS.slice(0, 2)));
      }),
  },
  {
    day: 9,
    message: 'Record the approval of the starter policies',
    apply: (dir, date) => approvePolicies(dir, DEMO_COMPANY.approver, date),
  },
  {
    day: 45,
    message: 'Vendor register: payments, support desk, e-signature and transactional email',
    apply: (dir) =>
      editProgramme(dir, (doc) =>
        doc.set('vendors', doc.createNode([...ASSESSED_VENDORS, NEVER_ASSESSED_VENDOR])),
      ),
  },
  {
    day: 80,
    message: `Scope: ${NOT_RELEVANT.criterion} is not relevant to ${DEMO_COMPANY.system}`,
    apply: (dir) =>
      editProgramme(dir, (doc) => doc.setIn(['scope', 'not_relevant'], doc.createNode([NOT_RELEVANT]))),
  },
  {
    day: 200,
    message: 'Management responses to the missed scan week and the late aws access review',
    apply: (dir) =>
      editProgramme(dir, (doc) => doc.set('management_responses', doc.createNode(MANAGEMENT_RESPONSES))),
  },
];

/**
 * Applies the demo's edits to the scaffolded programme and, where git works, commits each at its date
 * in the period. Returns why the history was left out, if it was.
 */
export async function writeDemoHistory(
  dir: string,
  period: { start: string },
  people: number,
): Promise<string | undefined> {
  const git = await initDemoGit(dir);
  let skipped = 'skipped' in git ? git.skipped : undefined;
  for (const step of STEPS(people)) {
    const date = addDays(period.start, step.day);
    step.apply(dir, date);
    if (skipped || 'skipped' in git) continue;
    try {
      await git.commit(step.message, `${date}T10:00:00Z`);
    } catch (error) {
      skipped = `git commit failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`;
    }
  }
  return skipped;
}
