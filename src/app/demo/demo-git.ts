import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEMO_COMPANY } from './demo-company.ts';

const run = promisify(execFile);

/** A commit of the demo's history: all changes of the folder, authored and committed at `at`. */
export type DemoGit = { commit(message: string, at: string): Promise<void> };

/**
 * Makes `dir` a git repository, so the report's DC9 lists the programme's changes. Returns `skipped`
 * with the reason when git is missing or refuses (the demo works without its history). Signing and
 * hooks of the user's git configuration are turned off: these are fictional commits.
 */
export async function initDemoGit(dir: string): Promise<DemoGit | { skipped: string }> {
  const git = (args: string[], at?: string) =>
    run('git', ['-C', dir, '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Security Lead',
        GIT_AUTHOR_EMAIL: `security@${DEMO_COMPANY.domain}`,
        GIT_COMMITTER_NAME: 'Security Lead',
        GIT_COMMITTER_EMAIL: `security@${DEMO_COMPANY.domain}`,
        ...(at ? { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at } : {}),
      },
    });
  try {
    await git(['init', '-q']);
  } catch (error) {
    return { skipped: reason(error) };
  }
  return {
    async commit(message, at) {
      await git(['add', '-A']);
      await git(['commit', '-q', '--no-verify', '-m', message], at);
    },
  };
}

const reason = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? 'git is not installed'
    : `git init failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`;
