import { mkdirSync } from 'node:fs';
import { EvidentError } from '../../core/errors.ts';
import { initProgramme } from '../init-programme.ts';
import { withWorkspace } from '../with-workspace.ts';
import { ASSESSED_VENDORS, DEMO_COMPANY } from './demo-company.ts';
import { writeDemoHistory } from './demo-history.ts';
import { writeDemoMarker } from './demo-marker.ts';
import { demoPeriod } from './demo-period.ts';
import { type DemoProblem, demoProblems } from './demo-problems.ts';
import { existingDemo } from './existing-demo.ts';
import { ingestWorkload } from './ingest-workload.ts';

export type DemoOptions = {
  /** Today's date, which sets the period (default: now). */
  today?: Date;
  /** Staff at the start of the period (default 20: about 43,000 records). */
  people?: number;
  onProgress?: (message: string) => void;
};

export type DemoResult = {
  dir: string;
  organisation: string;
  period: { start: string; end: string };
  records: number;
  /** The first admin token of the HTTP API, when the demo was made now (it is shown only once). */
  admin_token?: string;
  planted: DemoProblem[];
  /** True when `dir` held a finished demo, reused as it was. */
  reused: boolean;
};

export const DEMO_PEOPLE = 20;
const DAY_MS = 86_400_000;

/**
 * `evident demo`: a fictional company's programme with twelve months of evidence that looks collected
 * as it happened, a git history and planted problems (docs/demo.md). A folder holding a finished demo
 * is reused as it is; any other programme or non-empty folder is refused.
 */
export async function createDemo(dir: string, o: DemoOptions = {}): Promise<DemoResult> {
  const say = o.onProgress ?? (() => {});
  if (process.env.EVIDENT_DATABASE_URL)
    throw new EvidentError(
      'bad_config',
      'EVIDENT_DATABASE_URL is set, and every command would read the demo from that database: unset it to run the demo, which keeps its evidence in its own SQLite file',
    );
  const ready = existingDemo(dir);
  if (ready) {
    say(`${dir} holds the demo made on ${ready.created_at.slice(0, 10)}: using it as it is.`);
    const { state: _state, created_at: _created, ...made } = ready;
    return { dir, ...made, reused: true };
  }
  const people = o.people ?? DEMO_PEOPLE;
  if (!Number.isSafeInteger(people) || people < 5)
    throw new EvidentError('bad_input', `people must be a whole number of at least 5, got ${people}`);
  const today = o.today ?? new Date();
  const period = demoPeriod(today);

  mkdirSync(dir, { recursive: true });
  writeDemoMarker(dir, { state: 'creating', started_at: new Date().toISOString() });
  say(`Scaffolding the programme of ${DEMO_COMPANY.organisation}, period ${period.start} to ${period.end}…`);
  const created = initProgramme({
    dir,
    organisation: DEMO_COMPANY.organisation,
    system: DEMO_COMPANY.system,
    categories: [...DEMO_COMPANY.categories],
    period,
  });
  const skipped = await writeDemoHistory(dir, period, people);
  if (skipped) say(`${skipped}: the programme's history (report section DC9) is left out.`);

  say(`Generating twelve months of evidence for ${people} people and storing it through the ledger…`);
  const startMs = Date.now();
  const ingested = await withWorkspace(dir, (ledger) =>
    ingestWorkload(ledger, {
      people,
      period,
      domain: DEMO_COMPANY.domain,
      githubOrg: DEMO_COMPANY.githubOrg,
      vendorNames: ASSESSED_VENDORS.map((v) => v.name),
      // Work due in the period's last slots may be done after it, up to yesterday.
      daysAfter: Math.max(
        0,
        Math.floor((today.getTime() - Date.parse(`${period.end}T00:00:00Z`)) / DAY_MS) - 1,
      ),
      notAfter: today.getTime(),
      onStored: (n, month) =>
        say(`  ${n.toLocaleString('en')} record${n === 1 ? '' : 's'} stored (collected up to ${month})`),
    }),
  );
  say(
    `Stored ${ingested.stored.toLocaleString('en')} records in ${((Date.now() - startMs) / 1000).toFixed(1)} s.`,
  );

  const made = {
    organisation: DEMO_COMPANY.organisation,
    period,
    records: ingested.stored,
    planted: demoProblems(ingested.stats.planted, ingested.unapprovedChanges),
  };
  writeDemoMarker(dir, { state: 'ready', created_at: new Date().toISOString(), ...made });
  return { dir, ...made, admin_token: created.admin_token, reused: false };
}
