import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { collectSources, listSources } from '../src/app/collect-sources.ts';
import { initProgramme } from '../src/app/init-programme.ts';
import type { CollectorRegistry } from '../src/app/resolve-sources.ts';
import { runSources } from '../src/app/run-sources.ts';
import { withWorkspace } from '../src/app/with-workspace.ts';
import { defineCollector } from '../src/collectors/kit/define-collector.ts';
import { SecretRefSchema } from '../src/collectors/kit/secret-ref.ts';

/** Collectors made for this test: the app's handling of sources does not depend on a real system. */
/** Runs in progress and the most at once, per `ms` option of the slow collector. */
const active = new Map<number, number>();
const maxActive = new Map<number, number>();
const registry = {
  docs: defineCollector({
    id: 'docs',
    title: 'documents',
    produces: ['document'],
    configSchema: z.strictObject({ titles: z.array(z.string()), token: SecretRefSchema.optional() }),
    example: { titles: ['a'] },
    async collect(config, ctx) {
      if (config.token) ctx.secret(config.token);
      return config.titles.map((title) => ({
        draft: {
          type: 'document' as const,
          subject: title,
          observed_at: '2026-05-01T00:00:00.000Z',
          data: { title, kind: 'minutes', sha256: 'c'.repeat(64) },
        },
        files: [
          {
            name: `${title}.txt`,
            bytes: new TextEncoder().encode(`minutes of ${title}`),
            media_type: 'text/plain',
          },
        ],
      }));
    },
  }),
  broken: defineCollector({
    id: 'broken',
    title: 'fails, mentioning its secret',
    produces: ['document'],
    configSchema: z.strictObject({ token: SecretRefSchema }),
    example: { token: 'env:X' },
    async collect(config, ctx) {
      throw new Error(`login refused for token ${ctx.secret(config.token)}`);
    },
  }),
  invalid: defineCollector({
    id: 'invalid',
    title: 'returns a bad item',
    produces: ['document'],
    configSchema: z.strictObject({}),
    example: {},
    async collect() {
      return [{ draft: { type: 'document' as const, subject: 'x', observed_at: 'yesterday', data: {} } }];
    },
  }),
  slow: defineCollector({
    id: 'slow',
    title: 'takes its time, or hangs',
    produces: ['document'],
    configSchema: z.strictObject({ ms: z.number() }),
    example: { ms: 1 },
    async collect(config) {
      const now = (active.get(config.ms) ?? 0) + 1;
      active.set(config.ms, now);
      maxActive.set(config.ms, Math.max(maxActive.get(config.ms) ?? 0, now));
      try {
        // Ignores the signal on purpose. The timer does not hold the test process open once the tests
        // are done (a run that never ends is the point of the `stuck` source below).
        await new Promise((r) => setTimeout(r, config.ms).unref());
        return [];
      } finally {
        active.set(config.ms, (active.get(config.ms) ?? 1) - 1);
      }
    },
  }),
  ticker: defineCollector({
    id: 'ticker',
    title: 'observes continuously',
    produces: ['document'],
    configSchema: z.strictObject({ every_ms: z.number() }),
    example: { every_ms: 100 },
    async collect() {
      return [];
    },
    monitor(config, ctx) {
      let n = 0;
      const item = () => ({
        draft: {
          type: 'document' as const,
          subject: 'tick',
          observed_at: new Date(Date.UTC(2026, 0, 1, 0, 0, ++n)).toISOString(),
          data: { title: `tick ${n}`, kind: 'tick', sha256: 'd'.repeat(64) },
        },
      });
      const timer = setInterval(() => void ctx.emit([item()]), config.every_ms);
      return {
        async stop() {
          clearInterval(timer);
          await ctx.emit([item()]); // the rest, handed over on stop
        },
      };
    },
  }),
} as unknown as CollectorRegistry;

function programme(sources: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'evident-collect-'));
  initProgramme({ dir, organisation: 'Collect Ltd' });
  writeFileSync(
    join(dir, 'evident.yaml'),
    `${readFileSync(join(dir, 'evident.yaml'), 'utf8')}\n${extra}sources:\n${sources}`,
  );
  return dir;
}

describe('collecting from sources', () => {
  it('runs every source, stores valid evidence with its files, records each run, and keeps going past failures', async () => {
    const dir = programme(
      [
        '  - { id: minutes, collector: docs, options: { titles: [board-q1, board-q2], token: "env:DOCS_TOKEN" } }',
        '  - { id: crm, collector: broken, options: { token: "env:CRM_TOKEN" } }',
        '  - { id: bad, collector: invalid }',
        '  - { id: hangs, collector: slow, options: { ms: 5000 }, timeout_seconds: 1 }',
      ].join('\n'),
    );
    const env = { DOCS_TOKEN: 'docs-secret-1', CRM_TOKEN: 'crm-secret-2' };
    const results = await collectSources(dir, { registry, env });
    const by = Object.fromEntries(results.map((r) => [r.source, r]));
    assert.deepEqual([by.minutes?.status, by.minutes?.items, by.minutes?.stored], ['ok', 2, 2]);
    assert.equal(by.crm?.status, 'error');
    assert.equal(by.crm?.error, 'login refused for token ***');
    assert.match(String(by.bad?.error), /item 1 \(document\) is not valid evidence: observed_at: /);
    assert.equal(by.hangs?.status, 'error');
    assert.match(String(by.hangs?.error), /timed out after 1 s/);

    const again = await collectSources(dir, { registry, env, source: 'minutes' });
    assert.deepEqual(
      [again[0]?.stored, again[0]?.duplicates],
      [0, 2],
      're-collecting the same evidence stores nothing new',
    );

    await withWorkspace(dir, async (ws) => {
      const stored = await ws.store.listEvidence({ type: 'document' });
      assert.equal(stored.length, 2);
      const record = JSON.parse(stored[0]?.body ?? '{}') as { source: string; artifacts: { name: string }[] };
      assert.equal(record.source, 'minutes');
      assert.equal(record.artifacts.length, 1);
      const runs = await ws.store.listRuns({ limit: 10 });
      assert.equal(runs.length, 5);
      assert.ok(!JSON.stringify(runs).includes('crm-secret-2'));
    });
    const listed = await listSources(dir, registry);
    assert.deepEqual(
      listed.map((s) => [s.id, s.last_run?.status]),
      [
        ['minutes', 'ok'],
        ['crm', 'error'],
        ['bad', 'error'],
        ['hangs', 'error'],
      ],
    );
  });

  it('reports every problem of the sources at once, with where it is', async () => {
    const dir = programme(
      [
        '  - { id: a, collector: nope }',
        '  - { id: b, collector: docs, options: { titles: 3 } }',
        '  - { id: c, collector: slow, options: { ms: 1 }, schedule: "every day" }',
      ].join('\n'),
    );
    await assert.rejects(
      collectSources(dir, { registry }),
      (e: Error & { problems: { message: string; position?: { path?: string } }[] }) => {
        assert.deepEqual(
          e.problems.map((p) => p.position?.path),
          ['sources[0].collector', 'sources[1].options.titles', 'sources[2].schedule'],
        );
        assert.match(e.problems[0]?.message ?? '', /unknown collector "nope"/);
        return true;
      },
    );
  });

  it('runs sources on their schedule, never two runs of one source at once, and survives one that hangs', async () => {
    const dir = programme(
      [
        '  - { id: busy, collector: slow, options: { ms: 1500 }, schedule: "* * * * * *" }',
        '  - { id: stuck, collector: slow, options: { ms: 60000 }, schedule: "* * * * * *", timeout_seconds: 1 }',
        '  - { id: manual, collector: docs, options: { titles: [x] } }',
        '  - { id: watch, collector: ticker, options: { every_ms: 700 } }',
      ].join('\n'),
      'evidence_report: { schedule: "* * * * * *", out: weekly.json }\n',
    );
    maxActive.clear();
    const runs: { source: string; status: string; stored: number }[] = [];
    const scheduler = await runSources(dir, { registry, onRun: (r) => runs.push(r) });
    assert.deepEqual(
      scheduler.scheduled.map((s) => s.source),
      ['busy', 'stuck'],
    );
    await new Promise((r) => setTimeout(r, 4500));
    await scheduler.stop();
    const busy = runs.filter((r) => r.source === 'busy');
    const stuck = runs.filter((r) => r.source === 'stuck');
    assert.ok(busy.length >= 1 && busy.length <= 3, `busy ran ${busy.length} times in 4.5 s at 1.5 s a run`);
    assert.ok(busy.every((r) => r.status === 'ok'));
    assert.ok(stuck.length >= 1 && stuck.every((r) => r.status === 'error'));
    // The monitored source handed over several times while running, and once more on stop.
    const watch = runs.filter((r) => r.source === 'watch');
    assert.ok(
      watch.length >= 4 && watch.every((r) => r.status === 'ok' && r.stored === 1),
      JSON.stringify(watch),
    );
    // The evidence report was written on its schedule, with its agreed keys.
    const weekly = JSON.parse(readFileSync(join(dir, 'weekly.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(weekly), [
      'collected_at',
      'access_reviews',
      'vulnerability_scans',
      'incident_log',
      'security_training',
    ]);
    // A tick that comes while busy is still running is skipped: never two runs of it at once.
    assert.equal(maxActive.get(1500), 1);
  });
});
