import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readZip } from '../src/app/package/read-zip.ts';
import { json, runCli } from './run-cli.ts';
import { ensureDebianPackages } from './support/debian-packages.ts';
import { REPORT_PERIOD, reportProgramme, VULN_SCAN_RESPONSE } from './support/report-programme.ts';
import { sharedFixture } from './support/shared-fixtures.ts';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const root = mkdtempSync(join(tmpdir(), 'evident-report-'));
after(() => rmSync(root, { recursive: true, force: true }));
const out = (name: string) => join(root, 'out', name);

type Written = { format: string; files: { path: string; bytes: number; sha256: string }[]; type: string };

describe('evident report', () => {
  let dir = '';
  before(async () => {
    ({ dir } = await reportProgramme(root));
  });

  it('drafts the Markdown report with every section, the exceptions, responses and changes', async () => {
    const r = await runCli(['report', '-C', dir, '--format', 'md', '--out', out('report.md'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const written = json<Written>(r);
    assert.equal(written.files[0]?.path, out('report.md'));
    assert.ok(
      written.files.some((f) => f.path.endsWith('.svg')),
      'the charts are written beside the report',
    );
    for (const f of written.files) assert.ok(existsSync(f.path), f.path);
    const md = readFileSync(out('report.md'), 'utf8');
    const order = [
      "Independent service auditor's report",
      "Management's assertion",
      'Description of the system',
      'Trust services criteria, controls, tests of controls and results',
      "Management's responses to exceptions",
    ].map((h) => md.indexOf(h));
    assert.ok(
      order.every((i) => i > 0),
      `every section present: ${order}`,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      'sections in order',
    );
    for (const dc of ['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9'])
      assert.match(md, new RegExp(dc));
    assert.match(md, /Example Cloud Ltd/);
    assert.match(md, /2026-01-01/);
    // The planted missed scan week, the response to it, and a to-do for controls without one.
    assert.match(md, /2026-W\d\d[^\n]*missing/);
    assert.ok(md.includes(VULN_SCAN_RESPONSE));
    assert.match(md, /Response to be written by management/i);
    // DC9 from the programme's git history; the incident without a postmortem under DC4.
    assert.match(md, /Add a second vulnerability scanner/);
    assert.match(md, /INC-/);
    // At-risk criteria make the assertion the modified ("except for") form.
    assert.match(md, /except for/i);
    assert.doesNotMatch(md, /\bin our opinion\b(?![^\n]*\])/i, 'never an opinion of ours');
  });

  it('writes self-contained HTML with the SVG charts and no scripts', async () => {
    const r = await runCli(['report', '-C', dir, '--format', 'html', '--out', out('report.html')]);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out('report.html'), 'utf8');
    assert.match(html, /<svg/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /(src|href)="https?:/, 'nothing loaded from the network');
    assert.ok(html.includes(VULN_SCAN_RESPONSE));
  });

  it('prints the PDF with Chromium; pdftotext reads the sections and exceptions back', async () => {
    ensureDebianPackages(
      ['/usr/bin/chromium', '/usr/bin/pdftotext'],
      ['chromium', 'poppler-utils'],
      'PDF reports',
    );
    const r = await runCli(['report', '-C', dir, '--format', 'pdf', '--out', out('report.pdf')], {
      env: { EVIDENT_CHROMIUM: '/usr/bin/chromium' },
    });
    assert.equal(r.code, 0, r.stderr);
    const pdf = readFileSync(out('report.pdf'));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out('report.pdf'), '-'], { encoding: 'utf8' });
    assert.match(text, /Management.s assertion/);
    assert.match(text, /Example Cloud Ltd/);
    assert.match(text, /DC9/);
    assert.match(text, /missing/);
    assert.match(text, /DRAFT/);
  });

  it('says what to install when no browser can print the PDF, and writes nothing', async () => {
    const r = await runCli(['report', '-C', dir, '--format', 'pdf', '--out', out('none.pdf')], {
      env: { EVIDENT_CHROMIUM: join(root, 'no-such-browser') },
    });
    assert.equal(r.code, 3);
    assert.match(r.stderr, /needs Chromium/);
    assert.ok(!existsSync(out('none.pdf')));
  });

  it('writes the auditor workbook: controls matrix, exceptions, populations, samples', async () => {
    const r = await runCli(['report', '-C', dir, '--format', 'xlsx', '--out', out('workbook.xlsx')]);
    assert.equal(r.code, 0, r.stderr);
    const { files } = await readZip(readFileSync(out('workbook.xlsx')), 'workbook.xlsx');
    const workbook = files.get('xl/workbook.xml')?.toString('utf8') ?? '';
    for (const sheet of ['Controls matrix', 'Exceptions', 'Populations', 'Samples', 'Criteria'])
      assert.ok(workbook.includes(`name="${sheet}"`), sheet);
    const sheets = [...files.keys()].filter((k) => k.startsWith('xl/worksheets/'));
    assert.ok(sheets.length >= 5);
    assert.ok(sheets.some((s) => files.get(s)?.toString('utf8').includes('vuln-scan')));
  });

  it('exports OSCAL assessment results and catalog that validate against NIST schemas', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const [format, schema] of [
      ['oscal', 'oscal_assessment-results_schema-1.1.2.json'],
      ['oscal-catalog', 'oscal_catalog_schema-1.0.6.json'],
    ] as const) {
      const file = out(`${format}.json`);
      const r = await runCli(['report', '-C', dir, '--format', format, '--out', file]);
      assert.equal(r.code, 0, r.stderr);
      const validate = ajv.compile(JSON.parse(readFileSync(sharedFixture('oscal', schema), 'utf8')));
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      assert.ok(validate(doc), `${format}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    const ar = JSON.parse(readFileSync(out('oscal.json'), 'utf8'));
    const [result] = ar['assessment-results'].results;
    assert.equal(result.start.slice(0, 10), REPORT_PERIOD.start);
    assert.ok(
      result.findings.some(
        (f: { target: { status: { state: string } } }) => f.target.status.state === 'not-satisfied',
      ),
    );
  });

  it('refuses an unknown format with the list of formats', async () => {
    const r = await runCli(['report', '-C', dir, '--format', 'docx']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /md, html, pdf, xlsx, oscal, oscal-catalog/);
  });
});
