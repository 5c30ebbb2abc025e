import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { EvidentError } from '../../core/errors.ts';
import type { GitConfig } from './config.ts';
import { CHANGE_FIELDS, HEAD_FIELDS, type RawGitLog } from './map.ts';
import { logFormat, splitRecords } from './parse-log.ts';

const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * The environment git runs with: the caller's, without GIT_* variables (GIT_DIR from a hook, say, would
 * make `-C path` read another repository) and never prompting for credentials.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

const CONFIG_ERRORS =
  /not a git repository|unknown revision|bad revision|ambiguous argument|cannot change to/i;

/** Runs `git -C path …` without a shell; resolves with stdout, or null for an expected exit code 1. */
function git(
  path: string,
  args: readonly string[],
  signal: AbortSignal,
  opts: { input?: string; allowExit1?: boolean } = {},
): Promise<string | null> {
  // --no-replace-objects: evidence describes the commits as stored, not as `git replace` redirects them.
  const argv = ['--no-replace-objects', '-c', 'log.showSignature=false', '-C', path, ...args];
  return new Promise((done, fail) => {
    const child = execFile(
      'git',
      argv,
      { encoding: 'buffer', maxBuffer: MAX_OUTPUT, signal, env: gitEnv(), windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return done(stdout.toString('utf8'));
        const err = error as { code?: unknown; name: string };
        if (err.code === 'ENOENT')
          return fail(
            new EvidentError('io', 'git is not installed (Debian: apt-get install git)', { cause: error }),
          );
        if (err.name === 'AbortError' || signal.aborted)
          return fail(new EvidentError('io', `git ${args[0]} was cancelled or timed out`, { cause: error }));
        if (err.code === 1 && opts.allowExit1 && stderr.length === 0) return done(null);
        const text = stderr.toString('utf8').trim() || error.message;
        const code = CONFIG_ERRORS.test(text) ? 'bad_config' : 'io';
        fail(new EvidentError(code, `git ${args[0]} in ${path}: ${text}`, { cause: error }));
      },
    );
    child.stdin?.on('error', () => {}); // git may exit before reading all input; the callback reports why
    child.stdin?.end(opts.input ?? '');
  });
}

/**
 * A repository name for evidence from a remote URL: scheme, credentials, query and `.git` removed
 * (`https://user:token@github.com/acme/api.git` → `github.com/acme/api`), so no secret in a URL
 * reaches evidence.
 */
export function repositoryName(url: string): string | null {
  let text = url.trim();
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(text); // git@github.com:acme/api.git
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `${scp[1]}/${scp[2]}`;
  else {
    text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''); // scheme
    text = text.replace(/^[^/@]*@/, ''); // user:password@
  }
  text = text
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return text === '' ? null : text;
}

/**
 * Reads the branch's first-parent history and the heads of the branches merged into it. `--since-as-
 * filter` (git ≥ 2.37) keeps walking past a commit with a skewed old date instead of stopping there.
 */
export async function readGitLog(
  config: GitConfig,
  signal: AbortSignal,
): Promise<RawGitLog & { branch: string }> {
  const path = resolve(config.path);
  const branch =
    config.branch ??
    (await git(path, ['symbolic-ref', '--short', '-q', 'HEAD'], signal, { allowExit1: true }))?.trim() ??
    'HEAD';
  const origin = await git(path, ['config', '--get', 'remote.origin.url'], signal, { allowExit1: true });
  const repository =
    config.repository ??
    (origin ? repositoryName(origin) : null) ??
    (basename(path).replace(/\.git$/, '') || path);
  const nonce = randomBytes(16).toString('hex');
  const tip = await git(
    path,
    ['rev-parse', '--verify', '-q', '--end-of-options', `${branch}^{commit}`],
    signal,
    {
      allowExit1: true,
    },
  );
  if (tip === null) {
    if (config.branch) throw new EvidentError('bad_config', `git: branch "${branch}" not found in ${path}`);
    return { repository, branch, nonce, log: '', heads: '' }; // a new repository: no change yet
  }
  const notes = config.ci.notes_ref;
  const fields = (list: readonly string[]) => list.map((f) => (f === '%N' && !notes ? '' : f));
  const common = ['--no-color', '--encoding=UTF-8', notes ? `--notes=${notes}` : '--no-notes'];
  const log =
    (await git(
      path,
      [
        'log',
        ...common,
        '--first-parent',
        `--format=${logFormat(nonce, fields(CHANGE_FIELDS))}`,
        ...(config.since ? [`--since-as-filter=${config.since}T00:00:00Z`] : []),
        '--end-of-options',
        branch,
        '--',
      ],
      signal,
    )) ?? '';
  const secondParents = new Set<string>();
  for (const [, parents] of splitRecords(log, nonce, CHANGE_FIELDS.length)) {
    const second = parents?.split(' ')[1];
    if (second) secondParents.add(second);
  }
  // With no revisions on stdin `git log --no-walk` would show HEAD, so it is not run at all.
  const heads = secondParents.size
    ? ((await git(
        path,
        [
          'log',
          ...common,
          '--no-walk=unsorted',
          '--stdin',
          `--format=${logFormat(nonce, fields(HEAD_FIELDS))}`,
        ],
        signal,
        { input: `${[...secondParents].join('\n')}\n` },
      )) ?? '')
    : '';
  return { repository, branch, nonce, log, heads };
}
