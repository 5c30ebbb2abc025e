import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import { GitConfigSchema } from './config.ts';
import { gitCollector } from './index.ts';
import { mapChanges, type RawGitLog } from './map.ts';
import { buildChangeHistory, TestRepo } from './test-repo.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/git-log.json', import.meta.url), 'utf8')) as {
  options: Record<string, unknown>;
  raw: RawGitLog;
};
const fixtureConfig = GitConfigSchema.parse({ ...fixture.options, path: '/fixture' });

collectorContract(gitCollector, () => mapChanges(fixture.raw, fixtureConfig));

/** git is a Debian package: installed here when running as root, else the test says what to install. */
function ensureGit(): void {
  try {
    execFileSync('git', ['--version']);
    return;
  } catch {}
  if (process.getuid?.() !== 0) assert.fail('git is not installed: run `apt-get install git`');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'git'], { env, stdio: 'ignore' });
}

const collect = (options: Record<string, unknown>, signal = AbortSignal.timeout(20_000)) =>
  gitCollector.collect(GitConfigSchema.parse(options), {
    source: 'git-main',
    now: () => new Date('2026-02-01T00:00:00Z'),
    secret: () => assert.fail('the git collector reads no secret'),
    signal,
    log: () => {},
  });

describe('git collector on a real repository', () => {
  let repo: TestRepo;
  let sha: ReturnType<typeof buildChangeHistory>;
  before(() => {
    ensureGit();
    repo = new TestRepo();
    sha = buildChangeHistory(repo);
  });
  after(() => repo?.remove());

  const change = (id: string, at: string, fields: Record<string, unknown>) => ({
    draft: {
      type: 'change',
      subject: 'github.com/acme/api',
      observed_at: at,
      data: {
        id,
        title: '',
        author: '',
        merged_at: at,
        approvers: [],
        ci_passed: false,
        emergency: false,
        repository: 'github.com/acme/api',
        pr: null,
        ...fields,
      },
    },
  });

  it('makes each first-parent commit of the branch one change, with exactly what git records', async () => {
    const items = await collect({
      path: repo.dir,
      repository: 'github.com/acme/api',
      ci: { notes_ref: 'ci' },
    });
    assert.deepEqual(items, [
      change(sha.odd, '2026-01-16T12:00:00.000Z', {
        title: 'Handle odd bytes \u0001\u0002\u001e\u001f %x00 in titles',
        author: 'alice@example.com',
        approvers: ['carol@example.com'],
      }),
      // GitLab merge: MR title from the body, author of the merged branch, CI from the head's note.
      change(sha.gitlabMerge, '2026-01-15T12:00:00.000Z', {
        title: 'Fix cache invalidation',
        author: 'frank@example.com',
        approvers: ['carol@example.com'],
        ci_passed: true,
        emergency: true,
        pr: 12,
      }),
      change(sha.nonAscii, '2026-01-13T12:00:00.000Z', {
        title: 'Añadir traducción 日本語 (#47)',
        author: 'zoe@example.com',
        approvers: ['josé@example.com'],
        pr: 47,
      }),
      change(sha.emergency, '2026-01-12T03:15:00.000Z', {
        title: '[EMERGENCY] Roll back payment change',
        author: 'alice@example.com',
        emergency: true,
      }),
      // Self-approved: by address and by name only; both are the author.
      change(sha.selfApproved, '2026-01-11T12:00:00.000Z', {
        title: 'Bump dependencies (#46)',
        author: 'bob@example.com',
        approvers: ['bob@example.com'],
        pr: 46,
      }),
      change(sha.squash, '2026-01-10T12:00:00.000Z', {
        title: 'Fix session timeout (#45)',
        author: 'bob@example.com',
        approvers: ['carol@example.com'],
        ci_passed: true,
        pr: 45,
      }),
      // GitHub merge: merged by Alice at 09:00+02:00, authored by Bob, PR title from the body.
      change(sha.githubMerge, '2026-01-08T07:00:00.000Z', {
        title: 'Add login page',
        author: 'bob@example.com',
        approvers: ['carol@example.com', 'dave@example.com'],
        ci_passed: true,
        pr: 123,
      }),
      change(sha.initial, '2026-01-05T10:00:00.000Z', {
        title: 'Initial commit',
        author: 'alice@example.com',
      }),
    ]);
    for (const item of items) {
      const checked = validateDraft({ ...item.draft, source: 'git-main', artifacts: [] });
      assert.equal(checked.problems, undefined);
    }
    const ids = items.map((i) => (i.draft.data as { id: string }).id);
    assert.ok(!ids.includes(sha.unmerged), 'a commit of a branch never merged is no change');
    assert.ok(
      !ids.includes(sha.loginHead),
      "a merged branch's own commits are part of its merge, not changes",
    );
  });

  it('matches the committed fixture, so the fixture is what git really writes', async () => {
    const live = await collect({ path: repo.dir, ...fixture.options });
    assert.deepEqual(mapChanges(fixture.raw, fixtureConfig), live);
  });

  it('reads CI from trailers only without a notes ref, and assumes nothing unless told to', async () => {
    const ci = async (options: Record<string, unknown>) =>
      Object.fromEntries(
        (await collect({ path: repo.dir, ...options })).map((i) => {
          const d = i.draft.data as { id: string; ci_passed: boolean };
          return [d.id, d.ci_passed];
        }),
      );
    const trailersOnly = await ci({});
    assert.equal(trailersOnly[sha.githubMerge], true);
    assert.equal(trailersOnly[sha.squash], false, 'its note is not read');
    assert.equal(trailersOnly[sha.gitlabMerge], false);
    const assumed = await ci({ ci: { when_unrecorded: 'passed' } });
    assert.equal(assumed[sha.initial], true);
    assert.equal(assumed[sha.emergency], false, 'a recorded failure is never overridden');
  });

  it('keeps only changes merged on or after `since`', async () => {
    const items = await collect({ path: repo.dir, since: '2026-01-12' });
    const ids = items.map((i) => (i.draft.data as { id: string }).id);
    assert.deepEqual(ids, [sha.odd, sha.gitlabMerge, sha.nonAscii, sha.emergency]);
  });

  it('reads another branch when asked, and finds the default branch of a bare mirror', async () => {
    const experiment = await collect({ path: repo.dir, branch: 'experiment' });
    assert.equal((experiment[0]?.draft.data as { id: string } | undefined)?.id, sha.unmerged);
    assert.equal(experiment.length, 9);
    const mirror = join(repo.root, 'mirror.git');
    repo.run(['clone', '-q', '--bare', repo.dir, mirror], {}, repo.root);
    const fromMirror = await collect({ path: mirror });
    const fromRepo = await collect({ path: repo.dir });
    assert.deepEqual(
      fromMirror.map((i) => i.draft.data),
      fromRepo.map((i) => ({ ...(i.draft.data as object), repository: repo.dir })),
    );
    assert.equal(fromMirror[0]?.draft.subject, repo.dir, 'a clone names its origin');
  });

  it('names the repository after its origin without the credentials in the URL', async () => {
    const other = new TestRepo('trunk');
    try {
      other.commit('Only commit\n', { name: 'A', email: 'a@example.com' }, '2026-03-01T00:00:00Z');
      other.run(['remote', 'add', 'origin', 'https://deploy:s3cr3t-t0ken@github.com/acme/web.git']);
      const items = await collect({ path: other.dir });
      assert.equal(items.length, 1);
      assert.equal(items[0]?.draft.subject, 'github.com/acme/web');
      assert.ok(!JSON.stringify(items).includes('s3cr3t'));
    } finally {
      other.remove();
    }
  });

  it('fails with a clear error for a missing repository, an unknown branch or a cancelled run', async () => {
    const fails = async (
      options: Record<string, unknown>,
      code: string,
      text: RegExp,
      signal?: AbortSignal,
    ) =>
      assert.rejects(collect(options, signal), (e: unknown) => {
        assert.ok(e instanceof EvidentError);
        assert.equal(e.code, code);
        assert.match(e.message, text);
        return true;
      });
    await fails({ path: join(repo.root, 'nowhere') }, 'bad_config', /cannot change to/);
    await fails({ path: repo.root }, 'bad_config', /not a git repository/);
    await fails(
      { path: repo.dir, branch: 'no-such-branch' },
      'bad_config',
      /branch "no-such-branch" not found/,
    );
    await fails({ path: repo.dir }, 'io', /cancelled or timed out/, AbortSignal.abort());
  });

  it('finds no change in a repository without commits', async () => {
    const empty = new TestRepo();
    try {
      assert.deepEqual(await collect({ path: empty.dir }), []);
    } finally {
      empty.remove();
    }
  });

  it('refuses options that could be read as git options or are not branch names', () => {
    for (const branch of ['--output=/tmp/x', 'a b', 'main..evil', 'x~1', 'x:y'])
      assert.equal(GitConfigSchema.safeParse({ path: '.', branch }).success, false, branch);
    assert.equal(GitConfigSchema.safeParse({ path: '.', since: '2026-02-30' }).success, false);
    assert.equal(GitConfigSchema.safeParse({ path: '.', unknown: 1 }).success, false);
  });
});
