import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { z } from '@hono/zod-openapi';
import { type Dashboard, openDashboard } from '../src/app/dashboard/open-dashboard.ts';
import { createApp } from '../src/server/create-app.ts';
import { ControlDetail, ControlList, CriteriaList } from '../src/server/schemas/control-schemas.ts';
import { EvidenceDetail, EvidenceList, LedgerState } from '../src/server/schemas/evidence-schemas.ts';
import { Overview } from '../src/server/schemas/overview-schema.ts';
import { Budget, Plan, Readiness } from '../src/server/schemas/programme-schemas.ts';
import { Me } from '../src/server/schemas/session-schemas.ts';
import { CollectRun, SourceList } from '../src/server/schemas/source-schemas.ts';
import { runCli } from './run-cli.ts';
import { type ApiTokens, apiProgramme } from './support/api-programme.ts';
import { ensureDebianPackages } from './support/debian-packages.ts';
import { sharedFixture } from './support/shared-fixtures.ts';
import { leafHashOf, verifyInclusion } from './support/verify-inclusion.ts';

/**
 * Every route of docs/api.md against a programme with a year of evidence, in process (`app.request`):
 * each answers its schema for a token that may use it, 401 without a valid token, 403 for a viewer on
 * a write (changing nothing), and the writes do what they say.
 */
const root = mkdtempSync(join(tmpdir(), 'evident-api-routes-'));
let dir: string;
let tokens: ApiTokens;
let dashboard: Dashboard;
let app: ReturnType<typeof createApp>;
let scan: { id: string; sha256: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const get = (path: string, token?: string) => app.request(path, { headers: token ? bearer(token) : {} });
const parsed = async <S extends z.ZodType>(schema: S, res: Response): Promise<z.output<S>> => {
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return schema.parse(await res.json());
};

before(async () => {
  ({ dir, tokens } = await apiProgramme(root));
  dashboard = await openDashboard(dir);
  app = createApp(dashboard, { tls: false });
  const list = await parsed(
    EvidenceList,
    await get('/api/evidence?type=vulnerability_scan&source=sarif-import', tokens.viewer),
  );
  const [record] = list.items;
  assert.ok(record);
  const detail = await parsed(EvidenceDetail, await get(`/api/evidence/${record.id}`, tokens.viewer));
  const [artifact] = detail.artifacts;
  assert.ok(artifact);
  scan = { id: record.id, sha256: artifact.sha256 };
});
after(async () => {
  await dashboard?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every JSON read route with the schema its answer must match. */
const READS: [string, z.ZodType][] = [
  ['/api/overview', Overview],
  ['/api/controls', ControlList],
  ['/api/controls/vuln-scan', ControlDetail],
  ['/api/criteria', CriteriaList],
  ['/api/evidence', EvidenceList],
  ['/api/readiness', Readiness],
  ['/api/plan', Plan],
  ['/api/budget', Budget],
  ['/api/sources', SourceList],
  ['/api/ledger', LedgerState],
  ['/api/me', Me],
];
const DOWNLOADS = ['html', 'pdf', 'xlsx', 'oscal', 'md'].map((f) => `/api/reports/${f}`);
const WRITES = ['/api/sources/scans/collect', '/api/package'];
const protectedRoutes = (): [string, string][] => [
  ...READS.map(([p]): [string, string] => ['GET', p]),
  ['GET', `/api/evidence/${scan.id}`],
  ['GET', `/api/evidence/${scan.id}/artifacts/${scan.sha256}`],
  ...DOWNLOADS.map((p): [string, string] => ['GET', p]),
  ...WRITES.map((p): [string, string] => ['POST', p]),
];

describe('read routes', () => {
  it('answer a viewer with bodies that match their schemas', async () => {
    for (const [path, schema] of READS) await parsed(schema, await get(path, tokens.viewer));
  });

  it('overview: the report period, counts that add up, readiness and the latest failures', async () => {
    const o = await parsed(Overview, await get('/api/overview', tokens.viewer));
    assert.deepEqual(o.period, { start: '2026-01-01', end: '2026-12-31' });
    assert.equal(o.organisation, 'Example Cloud Ltd');
    const ledger = await parsed(LedgerState, await get('/api/ledger', tokens.viewer));
    assert.deepEqual(o.ledger, { size: ledger.size, root: ledger.root });
    const controls = await parsed(ControlList, await get('/api/controls', tokens.viewer));
    assert.equal(
      Object.values(o.summary.controls).reduce((a, b) => a + b, 0),
      controls.controls.length,
    );
    assert.equal(
      o.categories.reduce((n, c) => n + c.criteria.met + c.criteria.at_risk + c.criteria.no_controls, 0),
      o.criteria.length,
    );
    assert.ok(o.failures.length > 0 && o.failures.length <= 10);
    const ends = o.failures.map((f) => f.end);
    assert.deepEqual(ends, [...ends].sort().reverse());
    assert.ok(ends.every((e) => e < o.today));
    assert.ok(o.readiness.categories.some((c) => c.category === 'security'));
  });

  it('controls: filters combine, q matches id or title', async () => {
    const all = (await parsed(ControlList, await get('/api/controls', tokens.viewer))).controls;
    const failing = (
      await parsed(ControlList, await get('/api/controls?status=not_effective', tokens.viewer))
    ).controls;
    assert.deepEqual(
      failing.map((c) => c.id),
      all.filter((c) => c.status === 'not_effective').map((c) => c.id),
    );
    const byCriterion = (await parsed(ControlList, await get('/api/controls?criterion=CC7.1', tokens.viewer)))
      .controls;
    assert.ok(byCriterion.length > 0 && byCriterion.every((c) => c.criteria.includes('CC7.1')));
    const q = (await parsed(ControlList, await get('/api/controls?q=VULN', tokens.viewer))).controls;
    assert.ok(q.some((c) => c.id === 'vuln-scan'));
    const criteria = (await parsed(CriteriaList, await get('/api/criteria', tokens.viewer))).criteria;
    const a1 = new Set(criteria.filter((c) => c.category === 'availability').map((c) => c.id));
    const availability = (
      await parsed(ControlList, await get('/api/controls?category=availability', tokens.viewer))
    ).controls;
    assert.ok(availability.length > 0);
    assert.deepEqual(
      availability.map((c) => c.id),
      all.filter((c) => c.criteria.some((id) => a1.has(id))).map((c) => c.id),
    );
    const detail = await parsed(ControlDetail, await get('/api/controls/vuln-scan', tokens.viewer));
    assert.equal(detail.population.length, detail.expected);
    assert.ok(detail.sample && detail.sample.items.length > 0);
    assert.match(detail.management_response ?? '', /second scanner/);
  });

  it('evidence: newest event first, filtered, paged, with a proof the browser can check', async () => {
    const page = await parsed(EvidenceList, await get('/api/evidence?limit=7&offset=3', tokens.viewer));
    assert.equal(page.items.length, 7);
    const times = page.items.map((i) => i.observed_at);
    assert.deepEqual(times, [...times].sort().reverse());
    const first = await parsed(EvidenceList, await get('/api/evidence?limit=4', tokens.viewer));
    assert.equal(first.items[3]?.id, page.items[0]?.id);
    const march = await parsed(
      EvidenceList,
      await get('/api/evidence?type=change&since=2026-03-01&until=2026-03-31', tokens.viewer),
    );
    assert.ok(march.total > 0);
    assert.ok(march.items.every((i) => i.type === 'change' && i.observed_at.startsWith('2026-03')));

    const d = await parsed(EvidenceDetail, await get(`/api/evidence/${scan.id}`, tokens.viewer));
    assert.equal(d.leaf_hash, leafHashOf(d.leaf));
    assert.ok(verifyInclusion(d.proof.index, d.proof.size, d.leaf_hash, d.proof.proof, d.proof.root));
    const ledger = await parsed(LedgerState, await get('/api/ledger', tokens.viewer));
    assert.equal(d.checkpoint, ledger.checkpoint);
    assert.match(d.checkpoint, new RegExp(`\\n${d.proof.size}\\n`));
    assert.equal(d.verifier_key, readFileSync(join(dir, '.evident', 'ledger.vkey'), 'utf8').trim());
  });

  it('artifacts download decrypted, named as imported', async () => {
    const res = await get(`/api/evidence/${scan.id}/artifacts/${scan.sha256}`, tokens.viewer);
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get('content-disposition') ?? '',
      /^attachment; filename="trivy-alpine-3\.10\.sarif"/,
    );
    assert.deepEqual(
      Buffer.from(await res.arrayBuffer()),
      readFileSync(sharedFixture('real', 'trivy-alpine-3.10.sarif')),
    );
  });

  it('reports download in each format', async () => {
    ensureDebianPackages(['/usr/bin/chromium'], ['chromium'], 'the PDF report needs Chromium');
    const magic: Record<string, RegExp> = {
      html: /^<!doctype html/i,
      pdf: /^%PDF-/,
      xlsx: /^PK/,
      md: /^PK/,
      oscal: /^\{/,
    };
    for (const path of DOWNLOADS) {
      const res = await get(path, tokens.viewer);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="/);
      const body = Buffer.from(await res.arrayBuffer());
      const format = path.split('/').pop() ?? '';
      assert.match(body.subarray(0, 20).toString('latin1'), magic[format] ?? /x^/, path);
      if (format === 'oscal')
        assert.ok(JSON.parse(body.toString())['assessment-results'], 'an OSCAL assessment-results document');
    }
  });
});

describe('access', () => {
  it('refuses every protected route without a token, with a wrong, malformed or revoked one', async () => {
    const wrong = `evd_${'A'.repeat(43)}`;
    const cases: [string, Record<string, string>][] = [
      ['no token', {}],
      ['wrong token', bearer(wrong)],
      ['malformed header', { Authorization: `Basic ${Buffer.from(`x:${tokens.admin}`).toString('base64')}` }],
      ['revoked token', bearer(tokens.revoked)],
      ['bad cookie', { Cookie: `evident_session=${'B'.repeat(43)}` }],
    ];
    for (const [method, path] of protectedRoutes()) {
      for (const [what, headers] of cases) {
        const res = await app.request(path, { method, headers });
        assert.equal(res.status, 401, `${what}: ${method} ${path}`);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unauthorized');
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
    }
  });

  it('lets a viewer change nothing: 403 on each write, ledger and runs untouched', async () => {
    const before = await parsed(LedgerState, await get('/api/ledger', tokens.admin));
    for (const path of WRITES) {
      const res = await app.request(path, { method: 'POST', headers: bearer(tokens.viewer) });
      assert.equal(res.status, 403, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'forbidden');
    }
    assert.deepEqual(await parsed(LedgerState, await get('/api/ledger', tokens.admin)), before);
    const sources = await parsed(SourceList, await get('/api/sources', tokens.admin));
    assert.deepEqual(
      sources.sources.map((s) => [s.id, s.runs.length]),
      [['scans', 0]],
    );
  });

  it('tells who is calling', async () => {
    assert.equal((await parsed(Me, await get('/api/me', tokens.viewer))).role, 'viewer');
    assert.equal((await parsed(Me, await get('/api/me', tokens.admin))).role, 'admin');
  });
});

describe('write routes (admin)', () => {
  it('collects a source now and records the run', async () => {
    const res = await app.request('/api/sources/scans/collect', {
      method: 'POST',
      headers: bearer(tokens.admin),
    });
    const run = await parsed(CollectRun, res);
    assert.equal(run.status, 'ok', run.error);
    assert.equal(run.stored, 1);
    const sources = await parsed(SourceList, await get('/api/sources', tokens.viewer));
    const scans = sources.sources.find((s) => s.id === 'scans');
    assert.equal(scans?.last_run?.id, run.run);
    assert.equal(scans?.runs.length, 1);
    const again = await parsed(
      CollectRun,
      await app.request('/api/sources/scans/collect', { method: 'POST', headers: bearer(tokens.admin) }),
    );
    assert.deepEqual([again.stored, again.duplicates], [0, 1]);
    const missing = await app.request('/api/sources/nowhere/collect', {
      method: 'POST',
      headers: bearer(tokens.admin),
    });
    assert.equal(missing.status, 404);
  });

  it('builds the audit package, which evident verify --package accepts', {
    timeout: 10 * 60_000,
  }, async () => {
    const res = await app.request('/api/package', { method: 'POST', headers: bearer(tokens.admin) });
    assert.equal(res.status, 200, res.status === 200 ? '' : await res.text());
    assert.equal(res.headers.get('content-type'), 'application/zip');
    assert.match(
      res.headers.get('content-disposition') ?? '',
      /^attachment; filename="evident-package\.zip"/,
    );
    const zip = Buffer.from(await res.arrayBuffer());
    assert.equal(Number(res.headers.get('content-length')), zip.length);
    const file = join(root, 'package.zip');
    writeFileSync(file, zip);
    const verified = await runCli(['verify', '--package', file, '--json']);
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
    assert.equal((JSON.parse(verified.stdout) as { ok: boolean }).ok, true);
  });
});
