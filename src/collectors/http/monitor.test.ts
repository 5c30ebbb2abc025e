import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { CollectedItem } from '../kit/index.ts';
import type { ProbeResult } from './client.ts';
import { HttpConfigSchema } from './config.ts';
import { UptimeMonitor } from './monitor.ts';

/** A clock that starts 150 ms before midnight UTC and moves 100 ms each time it is read (once per check). */
const clockAcrossMidnight = () => {
  let reads = 0;
  return () => new Date(Date.UTC(2026, 2, 14, 23, 59, 59, 850) + reads++ * 100);
};

const dataOf = (item: CollectedItem) => item.draft.data as { checks: number; failed_checks: number };
const probesOf = (item: CollectedItem) =>
  JSON.parse(new TextDecoder().decode(item.files?.[0]?.bytes)) as ProbeResult[];

describe('UptimeMonitor against a real server', () => {
  let requests = 0;
  let waiters: { n: number; resolve: () => void }[] = [];
  const seen = (n: number) =>
    new Promise<void>((resolve) => {
      if (requests >= n) resolve();
      else waiters.push({ n, resolve });
    });
  const server = createServer((_req, res) => {
    requests++;
    // Every request is answered before anyone waiting for it is told.
    if (requests === 2 || requests === 4) res.writeHead(503).end();
    else res.end('ok');
    for (const w of waiters.filter((w) => w.n <= requests)) w.resolve();
    waiters = waiters.filter((w) => w.n > requests);
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('hands over a finished UTC day once, then the unfinished day on stop, with every check once', async () => {
    requests = 0;
    const config = HttpConfigSchema.parse({ targets: [url], interval: '50ms', alerting: true });
    const handed: CollectedItem[][] = [];
    const lines: string[] = [];
    const monitor = new UptimeMonitor(config, {
      now: clockAcrossMidnight(),
      onSummary: (items) => void handed.push(items),
      log: (m) => lines.push(m),
    });
    monitor.start();
    await seen(6);
    const last = await monitor.stop();

    assert.equal(handed.length, 2, 'one hand-over when the day ended, one on stop');
    const [day14, day15] = handed.map((items) => {
      assert.equal(items.length, 1);
      return items[0]!;
    });
    assert.deepEqual(last, handed[1]);
    assert.equal(day14!.draft.observed_at, '2026-03-14T23:59:59.950Z');
    assert.deepEqual(day14!.draft.data, {
      target: url,
      checks: 2,
      failed_checks: 1,
      downtime_minutes: 50 / 60_000,
      alerting: true,
    });
    const rest = probesOf(day15!);
    assert.deepEqual(
      rest.slice(0, 3).map((p) => p.status),
      [200, 503, 200],
    );
    assert.ok(rest.every((p) => p.started_at.startsWith('2026-03-15')));
    assert.deepEqual(dataOf(day15!), { ...dataOf(day15!), checks: rest.length, failed_checks: 1 });
    assert.ok(rest.length >= 3 && rest.length <= requests - 2, `${rest.length} of ${requests - 2}`);
    assert.deepEqual(lines.slice(0, 3), [
      `http monitor: ${url} is up`,
      `http monitor: ${url} is down (503)`,
      `http monitor: ${url} is up`,
    ]);
  });

  it('keeps the probes when handing over fails and hands them over after the next round', async () => {
    requests = 0;
    const config = HttpConfigSchema.parse({ targets: [url], interval: '30ms' });
    const handed: CollectedItem[][] = [];
    let attempts = 0;
    const lines: string[] = [];
    const monitor = new UptimeMonitor(config, {
      now: clockAcrossMidnight(),
      onSummary: (items) => {
        attempts++;
        if (attempts === 1) throw new Error('store unavailable');
        handed.push(items);
      },
      log: (m) => lines.push(m),
    });
    monitor.start();
    await seen(5);
    await monitor.stop();
    assert.ok(lines.some((l) => l.includes('store unavailable')));
    const day14 = handed.flat().filter((i) => i.draft.observed_at.startsWith('2026-03-14'));
    assert.equal(day14.length, 1, 'the day is handed over once, on the retry');
    assert.equal(dataOf(day14[0]!).checks, 2, 'with its own checks only');
    const total = handed.flat().reduce((n, i) => n + dataOf(i).checks, 0);
    assert.ok(total >= 4 && total <= requests, `every completed check counted once (${total}/${requests})`);
  });
});
