import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { addDays } from '../core/dates.ts';
import type { SystemChange } from '../reports/report-model.ts';

const run = promisify(execFile);

/** At most this many changes are listed; a programme changing more often than that is summarised by git. */
const MAX_CHANGES = 200;

/**
 * DC9 "significant changes during the period": the commits to the programme folder (scope, controls,
 * policies) committed in the period, newest last. Undefined when the folder is not in a git repository
 * or git is not installed, so the report says where the list would have come from.
 */
export async function programmeChanges(
  dir: string,
  period: { start: string; end: string },
): Promise<SystemChange[] | undefined> {
  try {
    const { stdout } = await run(
      'git',
      [
        '-C',
        dir,
        'log',
        `--since=${period.start}T00:00:00Z`,
        `--until=${addDays(period.end, 1)}T00:00:00Z`,
        `--max-count=${MAX_CHANGES}`,
        '--reverse',
        '--format=%h%x09%cs%x09%s',
        '--',
        '.',
        ':(exclude).evident',
      ],
      { env: { ...process.env, TZ: 'UTC', GIT_CONFIG_NOSYSTEM: '1' } },
    );
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [commit = '', date = '', ...rest] = line.split('\t');
        return { date, summary: rest.join('\t'), commit };
      });
  } catch {
    return undefined;
  }
}
