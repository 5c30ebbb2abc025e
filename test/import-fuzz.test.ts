import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { EvidentError } from '../src/app/errors.ts';
import { importEvidence } from '../src/app/import-evidence.ts';
import { initProgramme } from '../src/app/init-programme.ts';
import { verifyWorkspace } from '../src/app/verify-workspace.ts';
import { openWorkspace, type Workspace } from '../src/app/workspace.ts';

const root = mkdtempSync(join(tmpdir(), 'evident-fuzz-'));
const dir = join(root, 'p');
let ws: Workspace;
before(async () => {
  initProgramme({ dir });
  ws = await openWorkspace(dir);
});
after(async () => {
  await ws.store.close();
  rmSync(root, { recursive: true, force: true });
});

const valid = [
  {
    type: 'incident',
    source: 'tracker',
    subject: 'api',
    observed_at: '2026-02-01T10:00:00Z',
    data: {
      id: 'INC-1',
      title: 'outage',
      severity: 'high',
      opened_at: '2026-02-01T10:00:00Z',
      resolved_at: null,
    },
  },
  {
    type: 'training_record',
    source: 'lms',
    subject: 'ann',
    observed_at: '2026-03-01T00:00:00Z',
    data: { person: 'ann', course: 'Security 101', completed_at: '2026-03-01' },
  },
  {
    type: 'tls_scan',
    source: 'tls',
    subject: 'edge',
    observed_at: '2026-03-02T00:00:00Z',
    data: {
      endpoints: [
        {
          host: 'a.example',
          port: 443,
          protocols: ['TLSv1.2', 'TLSv1.3'],
          negotiated: 'TLSv1.3',
          cert_expires_at: '2027-01-01T00:00:00Z',
        },
      ],
    },
  },
  {
    type: 'alert_rules',
    source: 'monitoring',
    subject: 'prod',
    observed_at: '2026-03-03T00:00:00Z',
    data: { rules: [{ name: 'api down', target: 'api', enabled: true }] },
  },
].map((r) => JSON.stringify(r));

/** A mutation of one line of a valid file: a character replaced, removed or inserted, or a random line. */
const mutation = fc.oneof(
  fc.record({
    line: fc.nat(3),
    at: fc.nat(400),
    kind: fc.constantFrom('replace', 'remove', 'insert'),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ line: fc.nat(3), json: fc.jsonValue() }),
  fc.record({ line: fc.nat(3), text: fc.string({ unit: 'binary', maxLength: 80 }) }),
);

function apply(
  m: fc.Arbitrary<unknown> extends never ? never : Record<string, unknown>,
  unique: number,
): string {
  const lines = valid.map((l) => l.replace('"subject":"', `"subject":"${unique}-`));
  const i = Number(m.line);
  const line = lines[i] ?? '';
  if ('json' in m) lines[i] = JSON.stringify(m.json) ?? 'null';
  else if ('text' in m) lines[i] = String(m.text).replace(/[\r\n]/g, ' ');
  else {
    const at = Number(m.at) % (line.length + 1);
    const c = String(m.char).replace(/[\r\n]/g, ' ');
    lines[i] =
      m.kind === 'remove'
        ? line.slice(0, at) + line.slice(at + 1)
        : m.kind === 'insert'
          ? line.slice(0, at) + c + line.slice(at)
          : line.slice(0, at) + c + line.slice(at + 1);
  }
  return `${lines.join('\n')}\n`;
}

describe('JSON Lines import under random and mutated input', () => {
  it('never crashes, stores a file whole or not at all, and names the bad line', async () => {
    let n = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const file = join(root, `f${n}.jsonl`);
        const text = apply(m as Record<string, unknown>, n++);
        writeFileSync(file, text);
        const lines = text.split('\n').filter((l) => l.trim()).length;
        const before = (await ws.store.head()).size;
        try {
          const r = await importEvidence(ws, file);
          // A mutation can turn a line into one stored by an earlier run (e.g. a digit of the unique
          // subject removed): that line is a duplicate, counted and not stored again.
          assert.equal(r.stored + r.duplicates, lines, 'every non-blank line is stored or already held');
          assert.equal((await ws.store.head()).size, before + r.stored);
        } catch (e) {
          assert.ok(e instanceof EvidentError && e.code === 'bad_input', String(e));
          assert.ok(e.problems.length > 0);
          assert.ok(
            e.problems.every((p) => p.position?.file === file && p.position.line === Number(m.line) + 1),
            JSON.stringify(e.problems),
          );
          assert.equal((await ws.store.head()).size, before, 'nothing stored from a rejected file');
          rejected++;
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(rejected > 50, `most mutations should be rejected, got ${rejected}`);
    const report = await verifyWorkspace(dir);
    assert.deepEqual(report.problems, []);
  });
});
