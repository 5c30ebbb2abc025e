import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from './map.ts';
import { parseTrivy } from './trivy.ts';

/** The format rules (severity mapping, errors, timestamps) on small inline reports. */
const FALLBACK = '2026-02-01T09:30:00.000Z';

type Scan = { findings: { severity: string }[] };

const throwsWith = (fn: () => unknown, ...parts: string[]) =>
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof Error);
    for (const p of parts)
      assert.ok(e.message.includes(p), `${JSON.stringify(e.message)} includes ${JSON.stringify(p)}`);
    return true;
  });

const trivy = (vuln: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: 'registry.example.com/api:1.4.2',
    ...extra,
    Results: [
      {
        Target: 'api (debian 12.5)',
        Vulnerabilities: [
          { VulnerabilityID: 'CVE-2024-0001', PkgName: 'openssl', Severity: 'HIGH', ...vuln },
        ],
      },
    ],
  });
const one = (text: string, name = 'r.json') =>
  (parseReport(text, name, { fallbackObservedAt: FALLBACK }).draft.data as Scan).findings[0];

describe('severity normalisation', () => {
  it('Trivy UNKNOWN takes the highest CVSS score Trivy recorded, else low', () => {
    assert.equal(one(trivy({ Severity: 'UNKNOWN' }))?.severity, 'low');
    const cvss = { nvd: { V3Score: 5.1 }, ghsa: { V3Score: 9.1 } };
    assert.equal(one(trivy({ Severity: 'UNKNOWN', CVSS: cvss }))?.severity, 'critical');
  });

  it('Grype Negligible → low, Unknown → from its CVSS', () => {
    const grype = (severity: string, cvss: unknown[] = []) =>
      JSON.stringify({
        matches: [{ vulnerability: { id: 'CVE-1', severity, cvss }, artifact: { name: 'p', version: '1' } }],
        source: { type: 'directory', target: '/src/app' },
        descriptor: { name: 'grype', version: '0.74.0', timestamp: '2024-01-15T10:20:30.123456789-05:00' },
      });
    assert.equal(one(grype('Negligible'))?.severity, 'low');
    assert.equal(one(grype('Unknown', [{ metrics: { baseScore: 7.4 } }]))?.severity, 'high');
    const item = parseReport(grype('High'), 'g.json', { fallbackObservedAt: FALLBACK });
    assert.equal(item.draft.observed_at, '2024-01-15T15:20:30.123Z', 'descriptor.timestamp, offset applied');
    assert.equal(item.draft.subject, '/src/app');
  });

  it('SARIF: score thresholds 9 / 7 / 4, then severity tags, then level', () => {
    const sarif = (rule: Record<string, unknown>, result: Record<string, unknown> = {}) =>
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'Scanner', rules: [{ id: 'R1', ...rule }] } },
            results: [{ ruleId: 'R1', ruleIndex: 0, message: { text: 'm' }, ...result }],
          },
        ],
      });
    const sev = (rule: Record<string, unknown>, result?: Record<string, unknown>) =>
      one(sarif(rule, result), 'x.sarif')?.severity;
    assert.equal(sev({ properties: { 'security-severity': '9.0' } }), 'critical');
    assert.equal(sev({ properties: { 'security-severity': '8.9' } }), 'high');
    assert.equal(sev({ properties: { 'security-severity': '7.0' } }), 'high');
    assert.equal(sev({ properties: { 'security-severity': '6.9' } }), 'medium');
    assert.equal(sev({ properties: { 'security-severity': '4.0' } }), 'medium');
    assert.equal(sev({ properties: { 'security-severity': '3.9' } }), 'low');
    assert.equal(
      sev({ properties: { 'security-severity': '2' } }, { properties: { 'security-severity': 9.8 } }),
      'critical',
    );
    assert.equal(sev({ properties: { tags: ['security', 'HIGH'] } }), 'high');
    assert.equal(sev({ properties: { 'security-severity': 'n/a', tags: ['low', 'critical'] } }), 'critical');
    assert.equal(sev({ defaultConfiguration: { level: 'error' } }), 'high');
    assert.equal(sev({}, { level: 'note' }), 'low');
    assert.equal(sev({}), 'medium', 'no level: SARIF default "warning"');
  });

  it('OSV-Scanner without max_severity uses the database severity word, else low', () => {
    const osv = (dbSeverity?: string) =>
      JSON.stringify({
        results: [
          {
            source: { path: 'poetry.lock', type: 'lockfile' },
            packages: [
              {
                package: { name: 'jinja2', version: '2.11.2', ecosystem: 'PyPI' },
                vulnerabilities: [
                  {
                    id: 'GHSA-g3rq-g295-4j3m',
                    ...(dbSeverity ? { database_specific: { severity: dbSeverity } } : {}),
                  },
                ],
                groups: [{ ids: ['GHSA-g3rq-g295-4j3m'], max_severity: '' }],
              },
            ],
          },
        ],
      });
    assert.equal(one(osv('MODERATE'))?.severity, 'medium');
    assert.equal(one(osv('CRITICAL'))?.severity, 'critical');
    assert.equal(one(osv())?.severity, 'low');
  });
});

describe('clear errors name the file, the JSON path and what was expected', () => {
  it('a wrong severity', () => {
    throwsWith(
      () => one(trivy({ Severity: 'SEVERE' }), 'api.json'),
      'api.json: not a valid Trivy JSON report',
      'Results[0].Vulnerabilities[0].Severity: expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
    );
  });
  it('a missing id', () => {
    throwsWith(
      () => one(trivy({ VulnerabilityID: undefined })),
      'Results[0].Vulnerabilities[0].VulnerabilityID: missing (expected string)',
    );
  });
  it('an unreadable timestamp', () => {
    throwsWith(
      () => one(trivy({}, { CreatedAt: 'last Tuesday' })),
      'CreatedAt: expected an RFC 3339 timestamp',
    );
    throwsWith(() => one(trivy({}, { CreatedAt: '2024-02-30T10:00:00Z' })), 'is not a real date');
  });
  it('an unsupported schema version', () => {
    throwsWith(
      () => parseTrivy('{"SchemaVersion":1,"ArtifactName":"a"}', 'a.json'),
      'SchemaVersion: expected 2',
    );
  });
  it('a SARIF result with no rule id', () => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'X' } }, results: [{ message: { text: 'm' } }] }],
    };
    throwsWith(() => one(JSON.stringify(log), 'x.sarif'), 'runs[0].results[0]: expected ruleId or rule.id');
  });
  it('bytes that are not UTF-8', () => {
    assert.throws(
      () =>
        parseReport(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), 'bin.json', { fallbackObservedAt: FALLBACK }),
      /bin\.json: not UTF-8 text/,
    );
  });
});

describe('timestamps', () => {
  it("Go's zero time means no timestamp; a clean scan still names what it scanned", () => {
    const item = parseReport(
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'api:1.0',
        CreatedAt: '0001-01-01T00:00:00Z',
        Results: null,
      }),
      'clean.json',
      { fallbackObservedAt: FALLBACK },
    );
    assert.equal(item.draft.observed_at, FALLBACK);
    assert.deepEqual(item.draft.data, { scanner: 'trivy', targets: ['api:1.0'], findings: [] });
  });
  it('the latest SARIF invocation end time across runs', () => {
    const run = (end: string) => ({
      tool: { driver: { name: 'X' } },
      invocations: [{ startTimeUtc: '2026-01-01T00:00:00Z', endTimeUtc: end }],
      results: [],
    });
    const log = { version: '2.1.0', runs: [run('2026-03-01T10:00:00Z'), run('2026-03-02T08:00:00+02:00')] };
    assert.equal(
      parseReport(JSON.stringify(log), 'x.sarif', { fallbackObservedAt: FALLBACK }).draft.observed_at,
      '2026-03-02T06:00:00.000Z',
    );
  });
});
