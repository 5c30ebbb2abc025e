import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { json, runCli } from '../run-cli.ts';
import { reportProgramme } from './report-programme.ts';

export type ApiTokens = { admin: string; viewer: string; revoked: string };

const SCAN = fileURLToPath(
  new URL('../../src/collectors/reports/fixtures/api-server.codeql.sarif', import.meta.url),
);

/** Makes a token with the real CLI, as an administrator would. */
export async function createToken(dir: string, role: 'admin' | 'viewer', label?: string) {
  const r = await runCli([
    'token',
    'create',
    '-C',
    dir,
    '--role',
    role,
    ...(label ? ['--label', label] : []),
    '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  return json<{ token: string; role: string; id: string }>(r);
}

/**
 * The report programme (a year of evidence) with one source the API can run — `scans`, the `reports`
 * collector over a folder holding a real CodeQL SARIF file — and an admin, a viewer and a revoked token.
 */
export async function apiProgramme(root: string): Promise<{ dir: string; tokens: ApiTokens }> {
  const { dir } = await reportProgramme(root);
  mkdirSync(join(dir, 'scans'));
  const scan = join(dir, 'scans', 'api-server.codeql.sarif');
  copyFileSync(SCAN, scan);
  const at = new Date('2026-10-05T04:00:00Z');
  utimesSync(scan, at, at);
  appendFileSync(
    join(dir, 'evident.yaml'),
    '\nsources:\n  - { id: scans, collector: reports, options: { path: scans } }\n',
  );
  const revoked = await createToken(dir, 'admin', 'left the company');
  const r = await runCli(['token', 'revoke', revoked.id, '-C', dir, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return {
    dir,
    tokens: {
      admin: (await createToken(dir, 'admin', 'security lead')).token,
      viewer: (await createToken(dir, 'viewer', 'auditor')).token,
      revoked: revoked.token,
    },
  };
}
