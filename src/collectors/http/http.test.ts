import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selfSignedCert } from '../../../test/support/self-signed-cert.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import type { CollectContext } from '../kit/index.ts';
import type { ProbeResult } from './client.ts';
import { HttpConfigSchema } from './config.ts';
import { httpCollector } from './index.ts';
import { mapProbes } from './map.ts';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/local-probes.json', import.meta.url), 'utf8'),
) as {
  options: unknown;
  probes: ProbeResult[];
};
const mapFixture = () => mapProbes(fixture.probes, HttpConfigSchema.parse(fixture.options));

collectorContract(httpCollector, mapFixture);

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

/** A real HTTP server on 127.0.0.1 whose nth request (per path, from 1) is answered by `handler`. */
async function serve(handler: Handler, port = 0): Promise<{ server: Server; base: string; port: number }> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const n = (counts.get(req.url ?? '') ?? 0) + 1;
    counts.set(req.url ?? '', n);
    handler(req, res, n);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return { server, base: `http://127.0.0.1:${bound}`, port: bound };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const { server, port } = await serve(() => {});
  await close(server);
  return port;
}

const ctxOf = (signal = new AbortController().signal): CollectContext & { lines: string[] } => {
  const lines: string[] = [];
  return {
    source: 'uptime',
    now: () => new Date(),
    secret: () => assert.fail('no secrets'),
    signal,
    log: (m) => lines.push(m),
    lines,
  };
};

const collect = (options: unknown, ctx = ctxOf()) =>
  httpCollector.collect(HttpConfigSchema.parse(options), ctx);

const summaryOf = (items: Awaited<ReturnType<typeof collect>>, target: string) => {
  const item = items.find((i) => i.draft.subject === target);
  assert.ok(item, `a summary for ${target}`);
  const checked = validateDraft({ ...item.draft, source: 'http', artifacts: [] });
  assert.ok(!checked.problems, JSON.stringify(checked.problems));
  const probes = JSON.parse(new TextDecoder().decode(item.files?.[0]?.bytes)) as ProbeResult[];
  return { draft: item.draft, data: checked.draft.data as Record<string, unknown>, probes };
};

describe('http collector against a real server', () => {
  let app: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    app = await serve((req, res, n) => {
      if (req.url === '/flap') {
        // Up for 3 checks, then down for 3 (two 503s, then the connection dropped), then up again.
        if (n === 4 || n === 5) return void res.writeHead(503).end('maintenance');
        if (n === 6) return void req.socket.destroy();
        return void res.end('ok');
      }
      if (req.url === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
      if (req.url === '/hang') return; // never answers
      res.end('ok');
    });
  });
  after(() => close(app.server));

  it('counts checks, failed checks and downtime exactly across an outage', async () => {
    const started = performance.now();
    const items = await collect({ targets: [`${app.base}/flap`], interval: '50ms', samples: 10 });
    const elapsed = performance.now() - started;
    assert.equal(items.length, 1);
    const { draft, data, probes } = summaryOf(items, `${app.base}/flap`);
    assert.deepEqual(data, {
      target: `${app.base}/flap`,
      checks: 10,
      failed_checks: 3,
      downtime_minutes: (3 * 50) / 60_000,
      alerting: false,
    });
    assert.deepEqual(
      probes.map((p) => p.status ?? p.error),
      [200, 200, 200, 503, 503, 'ECONNRESET', 200, 200, 200, 200],
    );
    assert.ok(elapsed >= 9 * 50 - 5, `probes are spaced by the interval (took ${elapsed} ms)`);
    assert.equal(draft.observed_at, probes.at(-1)?.started_at, 'event time is the last check');
    assert.ok(
      new Date(draft.observed_at).getTime() - new Date(probes[0]!.started_at).getTime() >= 9 * 50 - 5,
    );
  });

  it('a target that refuses connections is down on every check', async () => {
    const port = await closedPort();
    const items = await collect({ targets: [`http://127.0.0.1:${port}/`], interval: '50ms', samples: 3 });
    const { data, probes } = summaryOf(items, `http://127.0.0.1:${port}/`);
    assert.equal(data.checks, 3);
    assert.equal(data.failed_checks, 3);
    assert.equal(data.downtime_minutes, (3 * 50) / 60_000);
    assert.deepEqual(
      probes.map((p) => [p.status, p.error]),
      Array(3).fill([null, 'ECONNREFUSED']),
    );
  });

  it('a server that goes away between runs and comes back on the same port: runs add up', async () => {
    const flaky = await serve((_req, res) => res.end('ok'));
    const url = `${flaky.base}/`;
    const options = { targets: [url], interval: '20ms', samples: 3 };
    const first = summaryOf(await collect(options), url).data;
    await close(flaky.server);
    const second = summaryOf(await collect({ ...options, samples: 2 }), url).data;
    const back = await serve((_req, res) => res.end('ok'), flaky.port);
    const third = summaryOf(await collect(options), url).data;
    await close(back.server);
    assert.deepEqual(
      [first, second, third].map((d) => [d.checks, d.failed_checks]),
      [
        [3, 0],
        [2, 2],
        [3, 0],
      ],
    );
  });

  it('a server that does not answer within timeout_ms is down, with the error `timeout`', async () => {
    const started = performance.now();
    const items = await collect({ targets: [`${app.base}/hang`], interval: '50ms', timeout_ms: 100 });
    const { data, probes } = summaryOf(items, `${app.base}/hang`);
    assert.equal(data.failed_checks, 1);
    assert.equal(probes[0]?.error, 'timeout');
    assert.ok(performance.now() - started < 2_000, 'the timeout cut the probe short');
  });

  it('counts 2xx and 3xx as up by default (redirects are not followed); expect_status narrows it', async () => {
    const items = await collect({
      targets: [`${app.base}/moved`, { url: `${app.base}/moved`, name: 'strict', expect_status: [200] }],
      interval: '10ms',
    });
    assert.equal(summaryOf(items, `${app.base}/moved`).data.failed_checks, 0);
    assert.equal(summaryOf(items, `${app.base}/moved`).probes[0]?.status, 301);
    assert.equal(summaryOf(items, 'strict').data.failed_checks, 1);
  });

  it('records alerting per target: per-target flag, then the alerting list, else false', async () => {
    const items = await collect({
      targets: [
        { url: `${app.base}/a`, alerting: true },
        `${app.base}/b`,
        { url: `${app.base}/c`, name: 'c' },
        { url: `${app.base}/d`, name: 'd', alerting: false },
      ],
      alerting: [`${app.base}/b`, 'c', 'd'],
    });
    const alerting = Object.fromEntries(
      items.map((i) => [i.draft.subject, summaryOf(items, i.draft.subject).data.alerting]),
    );
    assert.deepEqual(alerting, { [`${app.base}/a`]: true, [`${app.base}/b`]: true, c: true, d: false });
    const off = await collect({ targets: [`${app.base}/e`] });
    assert.equal(summaryOf(off, `${app.base}/e`).data.alerting, false, 'alerting defaults to false');
    const all = await collect({ targets: [`${app.base}/e`], alerting: true });
    assert.equal(summaryOf(all, `${app.base}/e`).data.alerting, true);
  });

  it('a cancelled run rejects instead of reporting the cancelled checks as downtime', async () => {
    const controller = new AbortController();
    const run = collect({ targets: [`${app.base}/hang`], timeout_ms: 5_000 }, ctxOf(controller.signal));
    setTimeout(() => controller.abort(new Error('run timed out')), 50);
    await assert.rejects(run, /run timed out/);
    const later = new AbortController();
    const waiting = collect(
      { targets: [`${app.base}/ok`], samples: 3, interval: '10s' },
      ctxOf(later.signal),
    );
    setTimeout(() => later.abort(new Error('cancelled')), 50);
    await assert.rejects(waiting, /cancelled/, 'the wait between samples is cancellable too');
  });
});

it('an https target with a certificate Node does not trust is down, with the TLS error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-http-'));
  try {
    const { key, cert } = selfSignedCert(dir);
    const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) =>
      res.end('ok'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const { data, probes } = summaryOf(await collect({ targets: [url] }), url);
      assert.equal(data.failed_checks, 1);
      assert.equal(probes[0]?.error, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('http mapping', () => {
  const config = HttpConfigSchema.parse({
    targets: ['https://app.example.com/', { url: 'https://api.example.com/', name: 'api', alerting: true }],
    interval: '5m',
  });
  const probe = (target: string, started_at: string, status: number | null): ProbeResult => ({
    target,
    url: target === 'api' ? 'https://api.example.com/' : target,
    started_at,
    status,
    latency_ms: 12,
    error: status === null ? 'ECONNREFUSED' : null,
  });

  it('maps the captured fixture to what happened', () => {
    const data = Object.fromEntries(mapFixture().map((i) => [i.draft.subject, i.draft.data]));
    const up = Object.keys(data).find((k) => k.endsWith('/healthz'))!;
    assert.deepEqual(data[up], {
      target: up,
      checks: 4,
      failed_checks: 0,
      downtime_minutes: 0,
      alerting: true,
    });
    const down = (t: string, failed: number, alerting = false) => ({
      target: t,
      checks: 4,
      failed_checks: failed,
      downtime_minutes: (failed * 500) / 60_000,
      alerting,
    });
    assert.deepEqual(data.flaky, down('flaky', 2, true));
    assert.deepEqual(data.redirect, down('redirect', 0));
    assert.deepEqual(data.hang, down('hang', 4));
    assert.deepEqual(data.refused, down('refused', 4));
  });

  it('splits probes by UTC day, one summary per target and day, stamped with the last check', () => {
    const items = mapProbes(
      [
        probe('api', '2026-03-14T23:55:00.000Z', 200),
        probe('api', '2026-03-15T00:00:00.000Z', null),
        probe('api', '2026-03-15T00:05:00.000Z', 500),
        probe('https://app.example.com/', '2026-03-15T00:05:00.000Z', 204),
      ],
      config,
    );
    assert.deepEqual(
      items.map((i) => [i.draft.subject, i.draft.observed_at, i.draft.data]),
      [
        [
          'api',
          '2026-03-14T23:55:00.000Z',
          { target: 'api', checks: 1, failed_checks: 0, downtime_minutes: 0, alerting: true },
        ],
        [
          'api',
          '2026-03-15T00:05:00.000Z',
          { target: 'api', checks: 2, failed_checks: 2, downtime_minutes: 10, alerting: true },
        ],
        [
          'https://app.example.com/',
          '2026-03-15T00:05:00.000Z',
          {
            target: 'https://app.example.com/',
            checks: 1,
            failed_checks: 0,
            downtime_minutes: 0,
            alerting: false,
          },
        ],
      ],
    );
  });

  it('caps downtime at a day and gives identical records whatever the probe order', () => {
    const probes = Array.from({ length: 300 }, (_, i) =>
      probe('api', new Date(Date.UTC(2026, 2, 14) + i * 4 * 60_000).toISOString(), 503),
    );
    const [item] = mapProbes(probes, config);
    assert.equal((item!.draft.data as { downtime_minutes: number }).downtime_minutes, 1_440);
    const shuffled = [...probes].reverse();
    assert.deepEqual(mapProbes(shuffled, config), mapProbes(probes, config));
  });

  it('refuses probes of a target it was not configured with', () => {
    assert.throws(
      () => mapProbes([probe('other', '2026-03-14T00:00:00.000Z', 200)], config),
      /not a configured target/,
    );
  });
});

describe('http options', () => {
  const problems = (options: unknown) => {
    const r = HttpConfigSchema.safeParse(options);
    assert.ok(!r.success, 'rejected');
    return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('rejects what would put a secret in evidence, or monitor nothing', () => {
    assert.match(
      problems({ targets: ['https://user:pw@example.com/'] })[0]!,
      /^targets\.0: put no credentials/,
    );
    assert.match(problems({ targets: ['ftp://example.com/'] })[0]!, /http:\/\/ or https:\/\//);
    assert.match(problems({ targets: ['example.com'] })[0]!, /absolute/);
    assert.match(problems({ targets: [] })[0]!, /^targets/);
  });

  it('rejects duplicates, alerting entries that name no target, unknown options', () => {
    assert.match(problems({ targets: ['http://a/', 'http://a/'] })[0]!, /^targets\.1: duplicate target/);
    assert.match(
      problems({ targets: ['http://a/'], alerting: ['http://b/'] })[0]!,
      /^alerting\.0: http:\/\/b\/ is not one/,
    );
    assert.match(problems({ targets: ['http://a/'], intervall: '5m' })[0]!, /intervall/);
    assert.match(problems({ targets: ['http://a/'], expect_status: ['200'] })[0]!, /^expect_status\.0/);
  });
});
