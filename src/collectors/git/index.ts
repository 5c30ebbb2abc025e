import { resolve } from 'node:path';
import { defineCollector } from '../kit/index.ts';
import { readGitLog } from './client.ts';
import { type GitConfig, GitConfigSchema } from './config.ts';
import { mapChanges } from './map.ts';

/**
 * `git`: the change population of a branch, one `change` per commit on its first-parent history, with
 * the PR number, approvers (review trailers), CI status (notes or trailer) and emergency flag read from
 * the repository itself.
 */
export const gitCollector = defineCollector<GitConfig>({
  id: 'git',
  title: 'Git repository (changes merged to a branch)',
  produces: ['change'],
  configSchema: GitConfigSchema,
  example: {
    path: '/srv/git/api.git',
    branch: 'main',
    since: '2026-01-01',
    repository: 'github.com/acme/api',
    approval_trailers: ['Reviewed-by', 'Approved-by'],
    ci: { notes_ref: 'ci', trailer: 'CI-Passed', when_unrecorded: 'failed' },
    emergency_label: '[emergency]',
  },
  async collect(options, ctx) {
    const config = { ...options, path: resolve(ctx.dir ?? '.', options.path) };
    const raw = await readGitLog(config, ctx.signal);
    const items = mapChanges(raw, config);
    ctx.log(`git: ${items.length} change(s) on ${raw.branch} of ${raw.repository}`);
    return items;
  },
});
