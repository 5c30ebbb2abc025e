import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkPackage } from './check-package.ts';
import { packageFixture } from './package-fixture.ts';

const fixture = packageFixture();

describe('checking an audit package (checkPackage)', () => {
  it('passes a sound package: every record proven, the sample re-drawn', () => {
    const report = checkPackage(fixture.files, [], fixture.verifierKey);
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
    assert.equal(report.records, 13);
    assert.equal(report.samples, 1);
  });

  it('any change to any byte of any file fails, naming that file (or the manifest that lists it)', () => {
    const paths = [...fixture.files.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.nat(), fc.integer({ min: 1, max: 255 }), (path, at, xor) => {
        const files = new Map(fixture.files);
        const bytes = Buffer.from(files.get(path) ?? Buffer.alloc(0));
        const i = at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ xor;
        files.set(path, bytes);
        const report = checkPackage(files, [], fixture.verifierKey);
        assert.equal(report.ok, false);
        const named = report.problems.map((p) => p.file);
        assert.ok(
          named.some((f) => f === path || f.startsWith(`${path} `)),
          `${path} byte ${i}: ${JSON.stringify(report.problems)}`,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary file contents, and never passes them', () => {
    const paths = [...fixture.files.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.uint8Array({ maxLength: 300 }), (path, junk) => {
        const files = new Map(fixture.files);
        files.set(path, Buffer.from(junk));
        const report = checkPackage(files, [], fixture.verifierKey);
        assert.equal(report.ok, false);
      }),
      { numRuns: 300 },
    );
  });

  it('reports files removed, added or stored twice', () => {
    const files = new Map(fixture.files);
    files.delete('report/report.md');
    files.set('notes.txt', Buffer.from('x'));
    const report = checkPackage(files, ['evidence/records.jsonl']);
    assert.deepEqual(report.problems.map((p) => `${p.file}: ${p.problem.split(':')[0]}`).sort(), [
      'evidence/records.jsonl: stored twice in the zip archive',
      'notes.txt: added',
      'report/report.md: removed',
    ]);
  });
});
