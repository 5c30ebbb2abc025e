import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Person = { name: string; email: string };

/**
 * A real git repository in a temp dir for tests, built with the git CLI with fixed identities and
 * dates (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE) so commit ids and evidence are the same on every run.
 * HOME points into the temp dir so no user or system git config changes what git writes.
 */
export class TestRepo {
  readonly root = mkdtempSync(join(tmpdir(), 'evident-git-'));
  readonly dir = join(this.root, 'repo');

  constructor(branch = 'main') {
    this.run(['init', '-q', '-b', branch, this.dir], {}, this.root);
  }

  run(args: string[], env: Record<string, string> = {}, cwd = this.dir): string {
    const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: this.root, GIT_CONFIG_NOSYSTEM: '1' };
    return execFileSync('git', args, { cwd, env: { ...base, ...env }, encoding: 'utf8' }).trim();
  }

  private identity(author: Person, date: string, committer: Person = author, committedAt = date) {
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committedAt,
    };
  }

  /** An empty-tree-change commit on the checked-out branch with exactly `message`; returns its sha. */
  commit(message: string, author: Person, date: string, committer?: Person): string {
    const env = this.identity(author, date, committer);
    this.run(['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', this.messageFile(message)], env);
    return this.run(['rev-parse', 'HEAD']);
  }

  private messageFile(message: string): string {
    const file = join(this.root, 'message.txt');
    writeFileSync(file, message);
    return file;
  }

  checkout(branch: string, create = false): void {
    this.run(['checkout', '-q', ...(create ? ['-b'] : []), branch]);
  }

  /** `git merge --no-ff` of `branch` into the checked-out branch, as a hosting service's merge button does. */
  merge(branch: string, message: string, merger: Person, date: string): string {
    const env = this.identity(merger, date);
    this.run(['merge', '-q', '--no-ff', '--cleanup=verbatim', '-F', this.messageFile(message), branch], env);
    return this.run(['rev-parse', 'HEAD']);
  }

  note(ref: string, sha: string, text: string): void {
    const ci = { name: 'CI Bot', email: 'ci@example.com' };
    this.run(['notes', `--ref=${ref}`, 'add', '-m', text, sha], this.identity(ci, '2026-06-01T00:00:00Z'));
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const ALICE: Person = { name: 'Alice Admin', email: 'alice@example.com' };
export const BOB: Person = { name: 'Bob Builder', email: 'Bob@Example.com' };
export const CAROL: Person = { name: 'Carol Reviewer', email: 'carol@example.com' };
export const ZOE: Person = { name: 'Zoë Ångström-Øberg', email: 'zoe@example.com' };
export const EVE: Person = { name: 'Eve Experimenter', email: 'eve@example.com' };
export const FRANK: Person = { name: 'Frank Fixer', email: 'frank@example.com' };

/** The message of one commit that holds every character the log parser splits on, and a fake record. */
export const ODD_MESSAGE =
  'Handle odd bytes \u0001\u0002\u001e\u001f %x00 in titles\n\n' +
  'Markers without the run nonce: 0123456789abcdef0123456789abcdef\u0002 and \u0001 are text.\n' +
  '\nReviewed-by: Carol Reviewer <carol@example.com>\n';

/**
 * The change history the tests and fixtures use: on `main`, a direct commit, a GitHub merge with
 * reviews and a CI trailer, a squash with Approved-by and a CI note, a self-approved squash, an
 * emergency fix, a non-ASCII change, a GitLab merge whose branch head carries a CI note, a commit with
 * separator characters; and an `experiment` branch that is never merged.
 */
export function buildChangeHistory(repo: TestRepo) {
  const initial = repo.commit('Initial commit\n', ALICE, '2026-01-05T10:00:00Z');
  repo.checkout('feature/login', true);
  repo.commit('Add login form\n', BOB, '2026-01-06T10:00:00Z');
  const loginHead = repo.commit('Fix login tests\n', BOB, '2026-01-07T10:00:00Z');
  repo.checkout('main');
  const githubMerge = repo.merge(
    'feature/login',
    'Merge pull request #123 from acme/feature/login\n\nAdd login page\n\n' +
      'Reviewed-by: Carol Reviewer <carol@example.com>\nReviewed-by: Dave <DAVE@example.com>\nCI-Passed: true\n',
    ALICE,
    '2026-01-08T09:00:00+02:00',
  );
  const squash = repo.commit(
    'Fix session timeout (#45)\n\n* shorter timeout\n* test\n\nApproved-by: Carol Reviewer <carol@example.com>\n',
    BOB,
    '2026-01-10T12:00:00Z',
  );
  repo.note('ci', squash, 'passed');
  const selfApproved = repo.commit(
    'Bump dependencies (#46)\n\nApproved-by: bob@example.com\nApproved-by: Bob Builder\n',
    BOB,
    '2026-01-11T12:00:00Z',
  );
  const emergency = repo.commit(
    '[EMERGENCY] Roll back payment change\n\nCI-Passed: failed\n',
    ALICE,
    '2026-01-12T03:15:00Z',
  );
  const nonAscii = repo.commit(
    'Añadir traducción 日本語 (#47)\n\nReviewed-by: José Müller <José@Example.com>\n',
    ZOE,
    '2026-01-13T12:00:00Z',
  );
  repo.checkout('fix-cache', true);
  const cacheHead = repo.commit('Invalidate cache on write\n', FRANK, '2026-01-14T12:00:00Z');
  repo.note('ci', cacheHead, 'CI-Passed: success\nPipeline: 991');
  repo.checkout('main');
  const gitlabMerge = repo.merge(
    'fix-cache',
    "Merge branch 'fix-cache' into 'main'\n\nFix cache invalidation\n\nSee merge request acme/api!12\n\n" +
      'Approved-by: Carol Reviewer <carol@example.com>\nEmergency: yes\n',
    ALICE,
    '2026-01-15T12:00:00Z',
  );
  const odd = repo.commit(ODD_MESSAGE, ALICE, '2026-01-16T12:00:00Z');
  repo.checkout('experiment', true);
  const unmerged = repo.commit(
    'Try a risky idea\n\nReviewed-by: Carol Reviewer <carol@example.com>\n',
    EVE,
    '2026-01-17T12:00:00Z',
  );
  repo.checkout('main');
  return {
    initial,
    loginHead,
    githubMerge,
    squash,
    selfApproved,
    emergency,
    nonAscii,
    cacheHead,
    gitlabMerge,
    odd,
    unmerged,
  };
}
