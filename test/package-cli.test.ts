import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readZip } from '../src/app/package/read-zip.ts';
import { verifyPackage } from '../src/app/package/verify-package.ts';
import { zipBytes } from '../src/app/package/zip-bytes.ts';
import { generateSigner } from '../src/ledger/checkpoint/keys.ts';
import { json, runCli } from './run-cli.ts';
import { reportProgramme } from './support/report-programme.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-package-'));
after(() => rmSync(root, { recursive: true, force: true }));

type Report = {
  ok: boolean;
  records: number;
  samples: number;
  key: string;
  checkpoint: { size: number; root: string };
  problems: { file: string; problem: string }[];
};

describe('evident package and verify --package', () => {
  const zip = join(root, 'audit.zip');
  let files = new Map<string, Buffer>();
  let dir = '';

  /**
   * Writes the package with one change and verifies it offline (no programme, no database): through the
   * CLI when `cli` is set, else with the same use case in this process (quicker, same checks).
   */
  async function verifyChanged(name: string, change: (f: Map<string, Buffer>) => void, cli = false) {
    const copy = new Map(files);
    change(copy);
    const file = join(root, `${name}.zip`);
    writeFileSync(file, await zipBytes([...copy].map(([path, data]) => ({ path, data }))));
    if (!cli) {
      const report = (await verifyPackage(file)) as Report;
      return { code: report.ok ? 0 : 1, report };
    }
    const r = await runCli(['verify', '--package', file, '--json'], { cwd: root });
    return { code: r.code, report: json<Report>(r) };
  }

  before(async () => {
    ({ dir } = await reportProgramme(root));
    const r = await runCli(['package', '-C', dir, '--out', zip, '--json']);
    assert.equal(r.code, 0, r.stderr);
    files = (await readZip(readFileSync(zip), zip)).files;
  });

  it('holds the report, workbook, OSCAL, records with proofs, artifacts, samples and the key', () => {
    for (const path of [
      'manifest.json',
      'manifest.sig',
      'ledger/checkpoint.txt',
      'ledger/verifier.key',
      'evidence/records.jsonl',
      'samples/samples.json',
      'report/report.md',
      'report/report.html',
      'report/workbook.xlsx',
      'report/assessment-results.json',
    ])
      assert.ok(files.has(path), path);
    const artifacts = [...files.keys()].filter((k) => k.startsWith('evidence/artifacts/'));
    assert.ok(artifacts.length > 1, 'the SARIF report and the frozen populations, decrypted');
    const sarif = artifacts.find((k) => files.get(k)?.toString('utf8').includes('"$schema"'));
    assert.ok(sarif, 'the imported SARIF file is in the package as its original bytes');
    const samples = JSON.parse(files.get('samples/samples.json')?.toString('utf8') ?? '[]') as {
      control: string;
    }[];
    assert.ok(samples.some((s) => s.control === 'vuln-scan'));
  });

  it('verifies offline: every hash, proof and signature holds and every sample re-draws', async () => {
    const r = await runCli(['verify', '--package', zip, '--json'], { cwd: root });
    assert.equal(r.code, 0, r.stdout);
    const report = json<Report>(r);
    assert.equal(report.ok, true);
    assert.ok(report.records > 1000, `records proven: ${report.records}`);
    assert.ok(report.samples > 5);
    assert.match(report.key, /^evident-example-cloud-ltd\+[0-9a-f]{8}$/);
    const text = await runCli(['verify', '--package', zip], { cwd: root });
    assert.match(text.stdout, /^OK: /m);
  });

  it('names an altered report file', async () => {
    const { code, report } = await verifyChanged(
      'altered',
      (f) => {
        f.set('report/report.md', Buffer.from(`${f.get('report/report.md')}\nNo exceptions noted.\n`));
      },
      true,
    );
    assert.equal(code, 1);
    assert.deepEqual(
      report.problems.map((p) => p.file),
      ['report/report.md'],
    );
    assert.match(report.problems[0]?.problem ?? '', /^altered/);
  });

  it('names a removed and an added file', async () => {
    const { code, report } = await verifyChanged('moved', (f) => {
      f.delete('report/workbook.xlsx');
      f.set('report/extra.txt', Buffer.from('slipped in'));
    });
    assert.equal(code, 1);
    const byFile = new Map(report.problems.map((p) => [p.file, p.problem]));
    assert.match(byFile.get('report/workbook.xlsx') ?? '', /^removed/);
    assert.match(byFile.get('report/extra.txt') ?? '', /^added/);
  });

  it('catches a record altered together with the manifest, by the signature and the proofs', async () => {
    const { code, report } = await verifyChanged('record', (f) => {
      const lines = (f.get('evidence/records.jsonl')?.toString('utf8') ?? '').split('\n');
      lines[3] = (lines[3] ?? '').replace(/"subject\\":\\"[^\\]*\\"/, '"subject\\":\\"someone-else\\"');
      const records = Buffer.from(lines.join('\n'));
      f.set('evidence/records.jsonl', records);
      const manifest = JSON.parse(f.get('manifest.json')?.toString('utf8') ?? '{}');
      const entry = manifest.files.find((x: { path: string }) => x.path === 'evidence/records.jsonl');
      entry.sha256 = createHash('sha256').update(records).digest('hex');
      entry.size = records.length;
      f.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    });
    assert.equal(code, 1);
    const files = report.problems.map((p) => p.file);
    assert.ok(files.includes('manifest.json'), `the manifest signature fails: ${files}`);
    assert.ok(
      files.some((f) => f.startsWith('evidence/records.jsonl line 4')),
      `the record is named: ${files}`,
    );
  });

  it('catches a changed population: hash, frozen record and re-drawn sample disagree', async () => {
    const samples = JSON.parse(files.get('samples/samples.json')?.toString('utf8') ?? '[]') as {
      control: string;
      population_file: string;
    }[];
    const target = samples.find((s) => s.control === 'vuln-scan');
    assert.ok(target);
    const { code, report } = await verifyChanged('population', (f) => {
      const text = f.get(target.population_file)?.toString('utf8') ?? '';
      f.set(target.population_file, Buffer.from(text.replace('"missing"', '"met"')));
    });
    assert.equal(code, 1);
    assert.ok(
      report.problems.some((p) => p.file === target.population_file),
      JSON.stringify(report.problems),
    );
  });

  it('rejects a package signed by another key than the one the auditor was given', async () => {
    const other = join(root, 'other.vkey');
    writeFileSync(other, `${generateSigner('evident-someone-else').verifierKey}\n`);
    const r = await runCli(['verify', '--package', zip, '--key', other, '--json'], { cwd: root });
    assert.equal(r.code, 1);
    assert.deepEqual(
      json<Report>(r).problems.map((p) => p.file),
      ['ledger/verifier.key'],
    );
    // The key management gave: the same check through the use case `verify --package --key` prints.
    const own = (await verifyPackage(zip, join(dir, '.evident', 'ledger.vkey'))) as Report;
    assert.equal(own.ok, true, JSON.stringify(own.problems));
  });

  it('says a file that is not a zip is bad input, naming it', async () => {
    const bad = join(root, 'not-a-zip.zip');
    writeFileSync(bad, 'hello');
    const r = await runCli(['verify', '--package', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not-a-zip\.zip: not a readable zip archive/);
  });
});
