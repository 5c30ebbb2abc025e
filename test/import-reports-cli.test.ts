import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { listEvidence, showEvidence } from '../src/app/evidence-queries.ts';
import { runCli } from './run-cli.ts';
import { setUpProgramme } from './support/set-up-programme.ts';
import { sharedFixture } from './support/shared-fixtures.ts';

/** The real scanner outputs kept read-only in ../shared (see its README). */
const real = (name: string) => sharedFixture('real', name);

type Finding = { id: string; severity: string; target: string };
type ScanRecord = { source: string; data: { findings: Finding[] }; artifacts: { name: string }[] };
/** `evident evidence show --json`, through the CLI. */
const shownByCli = async (dir: string, id: string) =>
  JSON.parse((await runCli(['evidence', 'show', '-C', dir, id, '--json'])).stdout) as ScanRecord;
/** The same record through the use case `evidence show` prints, in this process. */
const findingsOf = async (dir: string, id: string) =>
  JSON.parse(JSON.stringify(await showEvidence(dir, id))) as ScanRecord;

describe('evident import of scanner reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-reports-'));
  before(async () => {
    await setUpProgramme(dir);
  });

  it('detects Trivy JSON and SARIF from their content; the same image gives the same findings', async () => {
    const json = await runCli(['import', '-C', dir, real('trivy-alpine-3.10.json'), '--json']);
    assert.equal(json.code, 0, json.stderr);
    const sarif = await runCli(['import', '-C', dir, real('trivy-alpine-3.10.sarif'), '--json']);
    assert.equal(sarif.code, 0, sarif.stderr);
    const list = JSON.parse(
      (await runCli(['evidence', 'list', '-C', dir, '--type', 'vulnerability_scan', '--json'])).stdout,
    ) as {
      items: { id: string; source: string }[];
    };
    const bySource = Object.fromEntries(list.items.map((i) => [i.source, i.id]));
    const a = await shownByCli(dir, bySource['trivy-import'] as string);
    assert.deepEqual(await findingsOf(dir, bySource['trivy-import'] as string), a);
    const b = await findingsOf(dir, bySource['sarif-import'] as string);
    const key = (f: Finding) => `${f.id} ${f.severity}`;
    assert.deepEqual(a.data.findings.map(key).sort(), b.data.findings.map(key).sort());
    assert.deepEqual(
      a.data.findings.map((f) => f.severity),
      ['medium', 'medium', 'medium', 'medium'],
    );
    assert.equal(a.artifacts[0]?.name, 'trivy-alpine-3.10.json');
  });

  it('keeps the severities each real report holds', async () => {
    const files = {
      'trivy-alpine-3.9.json': { critical: 2, medium: 4 },
      'trivy-debian-buster.json': { critical: 1, low: 1 },
      'trivy-npm-repo.json': { medium: 1 },
      'grype-image.json': { critical: 1, low: 1 },
    };
    // One `evident import` of the four files: each is detected and stored on its own.
    const r = await runCli(['import', '-C', dir, ...Object.keys(files).map(real), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const imported = (JSON.parse(r.stdout) as { files: { file: string; stored: number }[] }).files;
    assert.deepEqual(
      imported.map((f) => [f.file, f.stored]),
      Object.keys(files).map((file) => [real(file), 1]),
    );
    const list = await listEvidence(dir, { type: 'vulnerability_scan', limit: 100, offset: 0 });
    assert.equal(list.total, 6, 'the two reports of the first test and these four');
    const counts = new Map<string, string>();
    for (const item of list.items) {
      const record = await findingsOf(dir, item.id);
      const tally: Record<string, number> = {};
      for (const f of record.data.findings) tally[f.severity] = (tally[f.severity] ?? 0) + 1;
      counts.set(
        record.artifacts[0]?.name ?? '',
        JSON.stringify(Object.fromEntries(Object.entries(tally).sort())),
      );
    }
    for (const [file, expected] of Object.entries(files))
      assert.equal(
        counts.get(file),
        JSON.stringify(Object.fromEntries(Object.entries(expected).sort())),
        file,
      );
  });

  it('refuses a JSON file that is no report, and a report named as another format', async () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
    const r = await runCli(['import', '-C', dir, join(dir, 'other.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /other\.json/);
    const wrong = await runCli(['import', '-C', dir, real('grype-image.json'), '--format', 'trivy']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--format trivy, but the file is a grype report/);
  });
});
