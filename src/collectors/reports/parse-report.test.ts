import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { detectReportFormat } from './detect.ts';
import { parseReport } from './map.ts';

/** The scanners' own outputs (read-only, shared; see its README). */
const REAL = sharedFixture('real');
const OWN = new URL('./fixtures/', import.meta.url).pathname;
const FALLBACK = '2026-02-01T09:30:00.000Z';

type Finding = {
  id: string;
  severity: string;
  target: string;
  package?: string;
  installed_version?: string;
  fixed_version?: string;
  title?: string;
};
type Scan = { scanner: string; targets: string[]; findings: Finding[] };

const load = (dir: string, file: string) => {
  const item = parseReport(readFileSync(`${dir}/${file}`), file, { fallbackObservedAt: FALLBACK });
  return { ...item, scan: item.draft.data as Scan };
};

const counts = (scan: Scan) => {
  const out: Record<string, number> = {};
  for (const f of scan.findings) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
};

const throwsWith = (fn: () => unknown, ...parts: (string | RegExp)[]) =>
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof Error);
    for (const p of parts) assert.match(e.message, typeof p === 'string' ? new RegExp(escapeRe(p)) : p);
    return true;
  });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('real scanner outputs import with the severities they hold', () => {
  const cases: [string, string, Record<string, number>, string][] = [
    [
      'trivy-alpine-3.9.json',
      'trivy',
      { medium: 4, critical: 2 },
      'testdata/fixtures/images/alpine-39.tar.gz',
    ],
    ['trivy-alpine-3.10.json', 'trivy', { medium: 4 }, 'testdata/fixtures/images/alpine-310.tar.gz'],
    [
      'trivy-debian-buster.json',
      'trivy',
      { low: 1, critical: 1 },
      'testdata/fixtures/images/debian-buster.tar.gz',
    ],
    ['trivy-npm-repo.json', 'trivy', { medium: 1 }, 'testdata/fixtures/repo/npm'],
    ['grype-image.json', 'grype', { low: 1, critical: 1 }, 'user-input'],
    ['trivy-alpine-3.10.sarif', 'trivy', { medium: 4 }, 'testdata/fixtures/images/alpine-310.tar.gz'],
  ];
  for (const [file, scanner, expected, subject] of cases) {
    it(`${file}: ${JSON.stringify(expected)}, subject ${subject}`, () => {
      const { draft, scan, files } = load(REAL, file);
      assert.equal(draft.type, 'vulnerability_scan');
      assert.equal(scan.scanner, scanner);
      assert.deepEqual(counts(scan), expected);
      assert.equal(draft.subject, subject);
      for (const f of scan.findings) assert.ok(scan.targets.includes(f.target), `${f.target} is a target`);
      assert.ok(
        Buffer.from(files?.[0]?.bytes ?? []).equals(readFileSync(`${REAL}/${file}`)),
        'the original file',
      );
    });
  }

  it("takes observed_at from Trivy's CreatedAt (nanoseconds cut to milliseconds)", () => {
    assert.equal(load(REAL, 'trivy-alpine-3.9.json').draft.observed_at, '2021-08-25T12:20:30.000Z');
  });

  it('falls back to the given time when the report has none (empty Grype timestamp, SARIF without invocations)', () => {
    assert.equal(load(REAL, 'grype-image.json').draft.observed_at, FALLBACK);
    assert.equal(load(REAL, 'trivy-alpine-3.10.sarif').draft.observed_at, FALLBACK);
  });

  it('keeps package, versions and title of each Trivy vulnerability', () => {
    const musl = load(REAL, 'trivy-alpine-3.9.json').scan.findings.find((f) => f.package === 'musl');
    assert.deepEqual(musl, {
      id: 'CVE-2019-14697',
      severity: 'critical',
      target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
      package: 'musl',
      installed_version: '1.1.20-r4',
      fixed_version: '1.1.20-r5',
    });
    const bash = load(REAL, 'trivy-debian-buster.json').scan.findings.find((f) => f.package === 'bash');
    assert.equal(bash?.fixed_version, undefined, 'no fix: no fixed_version rather than an empty one');
  });

  it('keeps the Grype package, version, location and suggested fix', () => {
    const [low, critical] = load(REAL, 'grype-image.json').scan.findings;
    assert.deepEqual(low, {
      id: 'CVE-1999-0001',
      severity: 'low',
      target: '/foo/bar/somefile-1.txt',
      package: 'package-1',
      installed_version: '1.1.1',
      fixed_version: '1.2.1',
    });
    assert.equal(critical?.fixed_version, undefined);
  });

  it('gives the same findings from the Trivy JSON and the Trivy SARIF of the same image (alpine 3.10)', () => {
    const json = load(REAL, 'trivy-alpine-3.10.json');
    const sarif = load(REAL, 'trivy-alpine-3.10.sarif');
    assert.equal(json.draft.subject, sarif.draft.subject);
    assert.equal(json.scan.scanner, sarif.scan.scanner);
    const key = (f: Finding) => `${f.id} ${f.package}`;
    const byKey = (s: Scan) => new Map(s.findings.map((f) => [key(f), f]));
    const a = byKey(json.scan);
    const b = byKey(sarif.scan);
    assert.equal(a.size, 4);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [k, fj] of a) {
      const fs = b.get(k)!;
      const { target: tj, ...restJ } = fj;
      const { target: ts, ...restS } = fs;
      assert.deepEqual(restS, restJ, k);
      // SARIF locates the finding in the image file; Trivy's JSON adds the OS it detected in it.
      assert.equal(tj, `${ts} (alpine 3.10.2)`);
    }
  });
});

describe('hand-written fixtures of npm audit v2, OSV-Scanner and CodeQL-style SARIF', () => {
  it('npm audit: one finding per advisory, GHSA ids, moderate → medium, transitive-only entries add none', () => {
    const { draft, scan } = load(OWN, 'billing-api.npm-audit.json');
    assert.equal(draft.subject, 'billing-api.npm-audit');
    assert.equal(draft.observed_at, FALLBACK, 'npm audit writes no timestamp');
    assert.equal(scan.scanner, 'npm-audit');
    assert.deepEqual(
      scan.findings.map((f) => [f.id, f.severity, f.package, f.fixed_version]),
      [
        ['GHSA-35jh-r3h4-6jhm', 'high', 'lodash', '4.17.21'],
        ['GHSA-29mw-wpgm-hmr9', 'medium', 'lodash', '4.17.21'],
        ['GHSA-xvch-5gv4-984h', 'critical', 'minimist', undefined],
      ],
    );
  });

  it('OSV-Scanner: one finding per group, severity from max_severity, fixed version from the OSV record', () => {
    const { scan } = load(OWN, 'billing-api.osv-scanner.json');
    assert.equal(scan.scanner, 'osv-scanner');
    assert.deepEqual(scan.targets, ['/src/billing-api/package-lock.json', '/src/billing-api/go.mod']);
    assert.deepEqual(
      scan.findings.map((f) => [f.id, f.severity, f.package, f.installed_version, f.fixed_version]),
      [
        ['GHSA-35jh-r3h4-6jhm', 'high', 'lodash', '4.17.20', '4.17.21'],
        ['GHSA-29mw-wpgm-hmr9', 'medium', 'lodash', '4.17.20', '4.17.21'],
        ['GO-2022-1059', 'high', 'golang.org/x/text', '0.3.7', '0.3.8'],
      ],
    );
  });

  it('SARIF: security-severity, rules in extensions, artifact index, suppressions, kinds, invocation time', () => {
    const { draft, scan, files } = load(OWN, 'api-server.codeql.sarif');
    assert.equal(draft.subject, 'https://github.com/example/api-server');
    assert.equal(draft.observed_at, '2026-01-05T02:04:41.871Z');
    assert.equal(scan.scanner, 'codeql');
    assert.equal(files?.[0]?.media_type, 'application/sarif+json');
    assert.deepEqual(
      scan.findings.map((f) => [f.id, f.severity, f.target]),
      [
        ['js/sql-injection', 'high', 'src/routes/invoices.js'],
        // the accepted suppression is dropped, the one under review is not (SARIF §3.35.3)
        ['js/missing-rate-limiting', 'high', 'src/routes/login.js'],
        ['js/unused-local-variable', 'low', 'src/util/format.js'],
      ],
    );
  });

  it("npm's own error output (captured from a failed `npm audit --json`) is named as such", () => {
    throwsWith(
      () => load(OWN, 'npm-audit-error.json'),
      'npm-audit-error.json',
      "npm audit's error output",
      '405 Method Not Allowed',
    );
  });
});

describe('detectReportFormat', () => {
  it('decides by content, whatever the file is called', () => {
    const trivy = readFileSync(`${REAL}/trivy-alpine-3.10.json`, 'utf8');
    const sarif = readFileSync(`${REAL}/trivy-alpine-3.10.sarif`, 'utf8');
    assert.equal(detectReportFormat(trivy, 'scan.sarif'), 'trivy');
    assert.equal(detectReportFormat(sarif, 'scan.json'), 'sarif');
    assert.equal(detectReportFormat(readFileSync(`${REAL}/grype-image.json`, 'utf8'), 'x.txt'), 'grype');
    assert.equal(
      detectReportFormat(readFileSync(`${OWN}/billing-api.npm-audit.json`, 'utf8'), 'a'),
      'npm-audit',
    );
    assert.equal(
      detectReportFormat(readFileSync(`${OWN}/billing-api.osv-scanner.json`, 'utf8'), 'a'),
      'osv-scanner',
    );
  });

  it('says clearly when a file is none of them', () => {
    throwsWith(
      () => detectReportFormat('{"name":"x","version":"1.0.0"}', 'package.json'),
      'package.json: not a scanner report',
      'Trivy JSON',
      'SARIF 2.1.0',
    );
    throwsWith(() => detectReportFormat('{"a":1}', 'x.sarif'), 'despite its .sarif name');
    throwsWith(() => detectReportFormat('not json', 'r.json'), 'r.json: not valid JSON');
    throwsWith(() => detectReportFormat('  \n', 'r.json'), 'the file is empty');
    throwsWith(
      () => detectReportFormat('[{"Target":"a","Vulnerabilities":[]}]', 'old.json'),
      'before Trivy 0.20',
    );
    throwsWith(
      () => detectReportFormat('{"advisories":{},"actions":[],"metadata":{}}', 'a.json'),
      'npm 6 audit report',
    );
  });

  it('reads a UTF-8 byte order mark as nothing', () => {
    assert.equal(
      detectReportFormat(`\uFEFF${readFileSync(`${REAL}/grype-image.json`, 'utf8')}`, 'g.json'),
      'grype',
    );
  });
});
