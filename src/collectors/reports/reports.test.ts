import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { recordBytes } from '../../core/evidence/record-bytes.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import type { CollectContext, CollectedItem } from '../kit/index.ts';
import { ReportsConfigSchema } from './config.ts';
import { reportsCollector } from './index.ts';
import { parseReport } from './map.ts';

/** Real scanner outputs (shared, read-only; see its README) and this collector's hand-written fixtures. */
const REAL = sharedFixture('real');
const OWN = new URL('./fixtures/', import.meta.url).pathname;
const REAL_FILES = [
  'trivy-alpine-3.9.json',
  'trivy-alpine-3.10.json',
  'trivy-alpine-3.10.sarif',
  'trivy-debian-buster.json',
  'trivy-npm-repo.json',
  'grype-image.json',
];
const OWN_FILES = ['billing-api.npm-audit.json', 'billing-api.osv-scanner.json', 'api-server.codeql.sarif'];

collectorContract(reportsCollector, () => [
  ...REAL_FILES.map((f) =>
    parseReport(readFileSync(join(REAL, f)), f, { fallbackObservedAt: '2026-01-01T00:00:00Z' }),
  ),
  ...OWN_FILES.map((f) =>
    parseReport(readFileSync(join(OWN, f)), f, { fallbackObservedAt: '2026-01-01T00:00:00Z' }),
  ),
]);

function context(logs: string[] = [], signal = new AbortController().signal): CollectContext {
  return {
    source: 'scan-reports',
    now: () => new Date('2026-03-01T00:00:00Z'),
    secret: () => {
      throw new Error('this collector reads no secret');
    },
    signal,
    log: (m) => logs.push(m),
  };
}

const config = (path: string, extra: Record<string, unknown> = {}) =>
  ReportsConfigSchema.parse({ path, ...extra });

/** The content id Evident gives the item (as the app does: artifacts from the attached files). */
function contentId(item: CollectedItem): string {
  const artifacts = (item.files ?? []).map((f) => ({
    name: f.name,
    sha256: createHash('sha256').update(f.bytes).digest('hex'),
    size: f.bytes.length,
    ...(f.media_type ? { media_type: f.media_type } : {}),
  }));
  const checked = validateDraft({ ...item.draft, source: 'scan-reports', artifacts });
  if (checked.problems) assert.fail(JSON.stringify(checked.problems));
  return recordBytes(checked.draft, '2026-03-01T00:00:00.000Z').id;
}

describe('reports collector over a real folder of scanner reports', () => {
  let dir: string;
  const MTIME = new Date('2026-02-10T03:00:00Z');
  const folder = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const put = (path: string, from: string, name = from.split('/').at(-1)!) => {
    copyFileSync(from, join(path, name));
    utimesSync(join(path, name), MTIME, MTIME);
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'evident-reports-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports each report file as one vulnerability_scan with the original file attached', async () => {
    const path = folder('all');
    for (const f of REAL_FILES) put(path, join(REAL, f));
    for (const f of OWN_FILES) put(path, join(OWN, f));
    writeFileSync(join(path, 'notes.txt'), 'not a report');
    writeFileSync(join(path, '.previous.json'), '{');
    const logs: string[] = [];
    const items = await reportsCollector.collect(config(path), context(logs));
    assert.equal(items.length, REAL_FILES.length + OWN_FILES.length);
    assert.deepEqual(logs, [], 'other extensions and hidden files are ignored silently');
    const byFile = new Map(items.map((i) => [i.files?.[0]?.name, i]));
    const trivy = byFile.get('trivy-alpine-3.9.json')!;
    assert.equal(trivy.draft.subject, 'testdata/fixtures/images/alpine-39.tar.gz');
    assert.equal(
      trivy.draft.observed_at,
      '2021-08-25T12:20:30.000Z',
      "the report's own time, not the file's",
    );
    assert.equal((trivy.draft.data as { findings: unknown[] }).findings.length, 6);
    assert.ok(Buffer.from(trivy.files![0]!.bytes).equals(readFileSync(join(REAL, 'trivy-alpine-3.9.json'))));
    assert.equal(byFile.get('trivy-alpine-3.10.sarif')?.files?.[0]?.media_type, 'application/sarif+json');
    assert.equal(byFile.get('grype-image.json')?.files?.[0]?.media_type, 'application/json');
    for (const item of items) contentId(item);
  });

  it('dates a report without a timestamp of its own by the file modification time', async () => {
    const path = folder('untimed');
    put(path, join(OWN, 'billing-api.npm-audit.json'));
    const [item] = await reportsCollector.collect(config(path), context());
    assert.equal(item?.draft.observed_at, MTIME.toISOString());
    assert.equal(item?.draft.subject, 'billing-api.npm-audit');
  });

  it('re-running over the same folder yields the same records (content ids), so nothing is stored twice', async () => {
    const path = folder('rerun');
    for (const f of REAL_FILES) put(path, join(REAL, f));
    put(path, join(OWN, 'billing-api.osv-scanner.json'));
    const first = (await reportsCollector.collect(config(path), context())).map(contentId);
    const second = (await reportsCollector.collect(config(path), context())).map(contentId);
    assert.deepEqual(second, first);
    assert.equal(new Set(first).size, first.length);
  });

  it('logs and skips a file it cannot import, and still imports the others', async () => {
    const path = folder('mixed');
    put(path, join(REAL, 'grype-image.json'));
    put(path, join(REAL, 'trivy-debian-buster.json'));
    writeFileSync(join(path, 'broken.json'), '{"SchemaVersion": 2, "Results": [');
    writeFileSync(join(path, 'package.json'), '{"name":"api","version":"1.0.0"}');
    put(path, join(OWN, 'npm-audit-error.json'));
    const logs: string[] = [];
    const items = await reportsCollector.collect(config(path), context(logs));
    assert.deepEqual(items.map((i) => i.files?.[0]?.name).sort(), [
      'grype-image.json',
      'trivy-debian-buster.json',
    ]);
    assert.match(logs.find((l) => l.includes('broken.json')) ?? '', /^skipped broken\.json: not valid JSON/);
    assert.match(
      logs.find((l) => l.includes('package.json')) ?? '',
      /^skipped package\.json: not a scanner report/,
    );
    assert.match(logs.find((l) => l.includes('npm-audit-error.json')) ?? '', /npm audit's error output/);
    assert.equal(
      logs.at(-1),
      'imported 2 report(s); skipped 3: broken.json, npm-audit-error.json, package.json',
    );
  });

  it('fails the run, listing every file and why, when no report in the folder imports', async () => {
    const path = folder('all-bad');
    writeFileSync(join(path, 'a.json'), '');
    writeFileSync(join(path, 'b.sarif'), '{"version":"2.0.0","runs":[]}');
    await assert.rejects(
      reportsCollector.collect(config(path), context()),
      (e: Error & { problems?: { message: string }[] }) => {
        assert.match(e.message, /none of the 2 report file\(s\) in .*all-bad could be imported/);
        assert.deepEqual(
          e.problems?.map((p) => p.message),
          [
            'a.json: the file is empty (expected a JSON scanner report)',
            'b.sarif: not a valid SARIF 2.1.0 report: version: expected "2.1.0" (the only SARIF version supported)',
          ],
        );
        return true;
      },
    );
  });

  it('an empty folder gives no evidence and says so (the engine reports the missed scan)', async () => {
    const logs: string[] = [];
    assert.deepEqual(await reportsCollector.collect(config(folder('empty')), context(logs)), []);
    assert.match(logs[0] ?? '', /no report files/);
  });

  it('reads sub-folders only when recursive, naming files by their path in the folder', async () => {
    const path = folder('tree');
    put(folder('tree/2026-01'), join(REAL, 'trivy-npm-repo.json'), 'api.json');
    put(folder('tree/2026-02/api'), join(REAL, 'trivy-alpine-3.10.sarif'));
    put(path, join(REAL, 'grype-image.json'));
    symlinkSync(join(path, 'grype-image.json'), join(path, 'latest.json'));
    const flat = await reportsCollector.collect(config(path), context());
    assert.deepEqual(
      flat.map((i) => i.files?.[0]?.name),
      ['grype-image.json', 'latest.json'],
    );
    const deep = await reportsCollector.collect(config(path, { recursive: true }), context());
    assert.deepEqual(
      deep.map((i) => i.files?.[0]?.name),
      ['2026-01/api.json', '2026-02/api/trivy-alpine-3.10.sarif', 'grype-image.json', 'latest.json'],
    );
  });

  it('skips a file over max_file_mb without reading it', async () => {
    const path = folder('big');
    put(path, join(REAL, 'trivy-alpine-3.9.json'));
    put(path, join(REAL, 'grype-image.json'));
    const logs: string[] = [];
    const items = await reportsCollector.collect(config(path, { max_file_mb: 0.01 }), context(logs));
    assert.deepEqual(
      items.map((i) => i.files?.[0]?.name),
      ['grype-image.json'],
    );
    assert.match(
      logs[0] ?? '',
      /skipped trivy-alpine-3\.9\.json: 24664 bytes is over the limit of 10485 bytes/,
    );
  });

  it('says when the folder is missing or is not a folder', async () => {
    await assert.rejects(
      reportsCollector.collect(config(join(dir, 'nope')), context()),
      /reports folder .*nope cannot be read \(ENOENT\)/,
    );
    const file = join(folder('file'), 'x.json');
    writeFileSync(file, '{}');
    await assert.rejects(reportsCollector.collect(config(file), context()), /is not a folder/);
  });

  it('stops when the run is cancelled', async () => {
    const path = folder('cancel');
    put(path, join(REAL, 'grype-image.json'));
    const controller = new AbortController();
    controller.abort(new Error('run cancelled'));
    await assert.rejects(
      reportsCollector.collect(config(path), context([], controller.signal)),
      /run cancelled/,
    );
  });
});

describe('options', () => {
  it('defaults and rejects unknown keys', () => {
    assert.deepEqual(ReportsConfigSchema.parse({ path: 'scans' }), {
      path: 'scans',
      recursive: false,
      max_file_mb: 100,
    });
    assert.equal(ReportsConfigSchema.safeParse({ path: 'scans', recurse: true }).success, false);
    assert.equal(ReportsConfigSchema.safeParse({}).success, false);
  });
});
