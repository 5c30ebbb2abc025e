import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createToken } from './support/api-programme.ts';
import { artifactsDir, exactly, screenshot, waitForText, withPage } from './support/browser-pages.ts';
import { launchChromium } from './support/chromium.ts';
import { buildDashboard } from './support/dashboard-build.ts';
import { type EvidentServer, startEvidentServer } from './support/evident-server.ts';
import { REPORT_PERIOD, reportProgramme, VULN_SCAN_RESPONSE } from './support/report-programme.ts';

/**
 * The dashboard (docs/dashboard.md) in Debian's Chromium against the real `evident serve` over a year
 * of evidence: what a user sees on signing in, the overview, a control's heat map, the in-browser
 * inclusion proof, report downloads, and a viewer's limits. Screenshots: test-artifacts/dashboard/.
 */
const WAIT = 30_000;
const SHOTS = artifactsDir('dashboard');
const SCAN = fileURLToPath(
  new URL('../src/collectors/reports/fixtures/api-server.codeql.sarif', import.meta.url),
);
const root = mkdtempSync(join(tmpdir(), 'evident-dashboard-browser-'));
let browser: Browser;
let server: EvidentServer;
let admin = '';
let viewer = '';

type Overview = {
  organisation: string | { name: string };
  period: { start: string; end: string };
  days_remaining: number;
  summary: { controls: Record<string, number> };
  criteria: { id: string; status: string }[];
  failures: { control: string; reason: string }[];
};
type Unit = { label: string; status: string; evidence: string[] };
type Control = {
  id: string;
  population: Unit[];
  exceptions: { slot: string; reason: string; evidence: string[] }[];
};
type EvidenceJson = { leaf_hash: string; proof: { proof: string[] } };

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(new URL(path, server.url), { headers: { Authorization: `Bearer ${admin}` } });
  assert.equal(res.status, 200, `GET ${path}`);
  return (await res.json()) as T;
};
const nameOf = (v: string | { name: string }) => (typeof v === 'string' ? v : v.name);
const signedIn = (token: string, run: (page: Page) => Promise<void>) =>
  withPage(browser, server.url, { token, timeoutMs: WAIT }, run);
const signedOut = (run: (page: Page) => Promise<void>) =>
  withPage(browser, server.url, { timeoutMs: WAIT }, run);

/** One hex digit changed: the smallest tampering of a hash. */
const flipHexDigit = (hex: string) =>
  `${(Number.parseInt(hex[0] ?? '0', 16) ^ 1).toString(16)}${hex.slice(1)}`;

/**
 * The report programme with a source an admin may collect from (`scans`, the reports collector): the
 * same company as the report, package and API tests, so one build of it serves them all.
 */
async function programme(): Promise<string> {
  const { dir } = await reportProgramme(root);
  mkdirSync(join(dir, 'scans'));
  copyFileSync(SCAN, join(dir, 'scans', 'api-server.codeql.sarif'));
  appendFileSync(
    join(dir, 'evident.yaml'),
    '\nsources:\n  - { id: scans, collector: reports, options: { path: scans } }\n',
  );
  const [a, v] = await Promise.all([createToken(dir, 'admin'), createToken(dir, 'viewer')]);
  admin = a.token;
  viewer = v.token;
  return dir;
}

/** The first control exception (in the API's order) that names the evidence it looked at. */
async function exceptionWithEvidence(): Promise<{ control: string; slot: string }> {
  const { controls } = await api<{ controls: { id: string; exceptions: number }[] }>('/api/controls');
  for (const c of controls.filter((x) => x.exceptions > 0)) {
    const e = (await api<Control>(`/api/controls/${c.id}`)).exceptions.find((x) => x.evidence.length > 0);
    if (e) return { control: c.id, slot: e.slot };
  }
  throw new Error('no exception looked at evidence');
}

before(
  async () => {
    const [dir] = await Promise.all([programme(), buildDashboard()]);
    browser = await launchChromium('dashboard browser tests');
    server = await startEvidentServer(dir);
    await api('/api/overview'); // the first evaluation, so pages do not wait for it
  },
  { timeout: 180_000 },
);
after(async () => {
  await browser?.close();
  if (server) assert.equal(await server.stop(), 0, server.output());
  rmSync(root, { recursive: true, force: true });
});

describe('the dashboard in Chromium', { timeout: 240_000 }, () => {
  it('signs in with a token, refusing a wrong one', { timeout: 60_000 }, async () => {
    const overview = await api<Overview>('/api/overview');
    await signedOut(async (page) => {
      await page.goto('/');
      await page.getByTestId('sign-in-token').waitFor();
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await page.getByTestId('sign-in-token').fill(`evd_${'A'.repeat(43)}`);
      await page.getByTestId('sign-in-submit').click();
      await waitForText(page.getByTestId('sign-in-error'), /not accepted/);
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await screenshot(page, SHOTS, 'sign-in-refused');

      await page.getByTestId('sign-in-token').fill(admin);
      await page.getByTestId('sign-in-submit').click();
      await waitForText(page.getByTestId('organisation-name'), exactly(nameOf(overview.organisation)));
      assert.equal(new URL(page.url()).pathname, '/');
      await waitForText(page.getByTestId('role'), /^admin$/i);
      await waitForText(page.getByTestId('overview-period'), `${REPORT_PERIOD.start} → ${REPORT_PERIOD.end}`);
      await screenshot(page, SHOTS, 'signed-in');
    });
  });

  it('shows every criterion in scope and the control counts of the evaluation', async () => {
    const overview = await api<Overview>('/api/overview');
    await signedIn(admin, async (page) => {
      await page.goto('/');
      const grid = page.getByTestId('overview-criteria-grid');
      await grid.waitFor();
      const cells = grid.locator('[data-criterion]');
      assert.equal(await cells.count(), overview.criteria.length);
      const shown = await cells.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-criterion'), e.getAttribute('data-status')]),
      );
      assert.deepEqual(
        shown.sort(),
        overview.criteria.map((c) => [c.id, c.status]).sort(),
        'each cell in its criterion status',
      );
      assert.ok((await grid.locator('[data-status="at_risk"]').count()) > 0, 'a criterion at risk');
      for (const status of ['effective', 'exceptions', 'not_effective', 'no_evidence'])
        await waitForText(
          page.getByTestId(`count-${status}`),
          exactly(String(overview.summary.controls[status])),
        );
      const left = overview.days_remaining;
      await waitForText(
        page.getByTestId('days-remaining'),
        left > 0 ? exactly(`${left} days remaining`) : 'The period has ended',
      );
      const failures = page.getByTestId('overview-failures').locator('tbody tr');
      assert.equal(await failures.count(), overview.failures.length, 'the latest exceptions');
      assert.ok(overview.failures.length > 0);
      for (const [i, f] of overview.failures.entries()) await waitForText(failures.nth(i), f.reason);
      await screenshot(page, SHOTS, 'overview');
    });
  });

  it("shows vuln-scan's heat map with the missed week as missing", { timeout: 60_000 }, async () => {
    const control = await api<Control>('/api/controls/vuln-scan');
    const missing = control.population.filter((u) => u.status === 'missing');
    assert.equal(missing.length, 1, 'the fixture plants one missed scan week');
    const week = missing[0]!.label;
    await signedIn(admin, async (page) => {
      await page.goto('/');
      await page.getByTestId('nav-controls').click();
      await page.getByTestId('controls-table').locator('[data-control="vuln-scan"] a').click();
      await page.waitForURL('**/controls/vuln-scan');
      const heatmap = page.getByTestId('control-heatmap');
      await heatmap.waitFor();
      assert.equal(await heatmap.locator('[data-slot]').count(), control.population.length);
      const cell = heatmap.locator(`[data-slot="${week}"]`);
      assert.equal(await cell.getAttribute('data-status'), 'missing');
      assert.equal(await heatmap.locator('[data-status="missing"]').count(), 1);
      await cell.click();
      await waitForText(page.getByTestId('heatmap-details'), /missing/);
      const row = page.getByTestId('control-exceptions').locator(`tr[data-slot="${week}"]`);
      await waitForText(row, /missing/);
      await waitForText(row, /no evidence/);
      await waitForText(page.getByTestId('management-response'), VULN_SCAN_RESPONSE);
      await screenshot(page, SHOTS, 'control-vuln-scan');
    });
  });

  it('verifies an exception’s evidence in the browser, and fails a tampered proof', {
    timeout: 60_000,
  }, async () => {
    const found = await exceptionWithEvidence();
    await signedIn(admin, async (page) => {
      await page.goto(`/controls/${found.control}`);
      const link = page.getByTestId('control-exceptions').locator(`tr[data-slot="${found.slot}"] a`).first();
      const id = await link.getAttribute('title');
      assert.ok(id);
      await link.click();
      await page.waitForURL(`**/evidence/${id}`);
      await waitForText(page.getByTestId('proof-status'), /^verified$/);
      for (const step of ['record', 'leaf', 'root', 'signature'])
        assert.equal(await page.getByTestId(`proof-step-${step}`).getAttribute('data-ok'), 'true', step);
      await screenshot(page, SHOTS, 'evidence-verified');

      await page.route(
        (url) => url.pathname === `/api/evidence/${id}`,
        async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as EvidenceJson;
          assert.ok(body.proof.proof[0], 'a ledger of thousands has an audit path');
          body.proof.proof[0] = flipHexDigit(body.proof.proof[0]);
          await route.fulfill({ response, json: body });
        },
      );
      await page.reload();
      await waitForText(page.getByTestId('proof-status'), /^failed$/);
      assert.equal(await page.getByTestId('proof-step-root').getAttribute('data-ok'), 'false');
      for (const step of ['record', 'leaf', 'signature'])
        assert.equal(await page.getByTestId(`proof-step-${step}`).getAttribute('data-ok'), 'true', step);
      await screenshot(page, SHOTS, 'evidence-tampered');
    });
  });

  it('downloads the report draft as HTML and PDF', { timeout: 90_000 }, async () => {
    const overview = await api<Overview>('/api/overview');
    await signedIn(admin, async (page) => {
      await page.goto('/');
      await page.getByTestId('nav-reports').click();
      const [html] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-download-html').click(),
      ]);
      assert.equal(html.suggestedFilename(), 'report.html');
      const saved = join(root, 'report.html');
      await html.saveAs(saved);
      const reader = await page.context().newPage();
      await reader.goto(pathToFileURL(saved).href);
      const text = (await reader.locator('body').textContent()) ?? '';
      assert.ok(text.includes(nameOf(overview.organisation)), 'the report names the organisation');
      assert.ok(text.includes("Management's assertion"), 'the report has the assertion');
      await reader.close();

      const [pdf] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByTestId('report-download-pdf').click(),
      ]);
      assert.equal(pdf.suggestedFilename(), 'report.pdf');
      assert.equal(await pdf.failure(), null);
      const pdfPath = join(root, 'report.pdf');
      await pdf.saveAs(pdfPath);
      assert.equal(readFileSync(pdfPath).subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(await page.getByTestId('package-download').isEnabled(), true, 'an admin may package');
      await screenshot(page, SHOTS, 'reports');
    });
  });

  it('gives a viewer no package and no collecting, and the server refuses them', {
    timeout: 60_000,
  }, async () => {
    await signedIn(admin, async (page) => {
      await page.goto('/sources');
      await page.getByTestId('collect-scans').waitFor();
    });
    await signedOut(async (page) => {
      await page.goto('/sign-in');
      await page.getByTestId('sign-in-token').fill(viewer);
      await page.getByTestId('sign-in-submit').click();
      await waitForText(page.getByTestId('role'), /^viewer$/i);
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('package-admin-only').waitFor();
      assert.equal(await page.getByTestId('package-download').isDisabled(), true);
      await screenshot(page, SHOTS, 'viewer-reports');
      await page.getByTestId('nav-sources').click();
      await page.getByTestId('source-scans').waitFor();
      assert.equal(await page.getByTestId('collect-scans').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Collect now' }).count(), 0);
      await screenshot(page, SHOTS, 'viewer-sources');
      const refused = await page.evaluate(async () => {
        const res = await fetch('/api/package', { method: 'POST' });
        return { status: res.status, body: (await res.json()) as { error: { code: string } } };
      });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'forbidden');
    });
  });

  it('signs in from a /#token= link and takes the token out of the URL', async () => {
    await signedOut(async (page) => {
      await page.goto(`/#token=${admin}`);
      await waitForText(page.getByTestId('role'), /^admin$/i);
      await page.getByTestId('organisation-name').waitFor();
      assert.ok(!page.url().includes('#'), page.url().replace(admin, '<token>'));
      assert.equal(await page.evaluate('location.hash'), '');
      assert.ok(!String(await page.evaluate('document.cookie')).includes('evident_session'), 'HttpOnly');
      await screenshot(page, SHOTS, 'token-link');
    });
    await signedOut(async (page) => {
      await page.goto(`/#token=evd_${'B'.repeat(43)}`);
      await waitForText(page.getByTestId('sign-in-error'), /not accepted/);
      assert.ok(!page.url().includes('#'));
    });
  });
});
