import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, Figure } from './benchmark.ts';
import { formatNumber } from './format-table.ts';

const run = promisify(execFile);

/** Connections and seconds per endpoint, as the issue sets the load. */
const CONNECTIONS = 50;
const SECONDS = 20;
const P99_GOAL_MS = 50;
const ENDPOINTS = ['/api/overview', '/api/controls'] as const;

type Autocannon = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/**
 * The dashboard's API under load: the demo company is created, `evident serve` runs in its own process,
 * and autocannon (another process, so neither skews the other) sends 50 connections for 20 s at the
 * overview and the controls list, each warmed once so the cached evaluation is measured, not its first
 * computation (which is reported separately).
 */
export const serveBenchmark: Benchmark = {
  name: 'serve',
  description: `autocannon, ${CONNECTIONS} connections × ${SECONDS} s on ${ENDPOINTS.join(' and ')} of the demo company`,
  async run({ tmp, root, env, log }) {
    const cli = join(root, 'bin', 'evident.js');
    const dir = join(tmp, 'demo');
    log('creating the demo company…');
    const created = JSON.parse(
      (
        await run(process.execPath, [cli, 'demo', '-C', dir, '--no-serve', '--json'], {
          env,
          maxBuffer: 1 << 26,
        })
      ).stdout,
    ) as { records: number };
    const token = JSON.parse(
      (
        await run(process.execPath, [cli, 'token', 'create', '-C', dir, '--role', 'viewer', '--json'], {
          env,
        })
      ).stdout,
    ) as { token: string };
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = spawn(process.execPath, [cli, 'serve', '-C', dir, '--port', String(port)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base, server);
      const headers = { authorization: `Bearer ${token.token}` };
      const first = performance.now();
      const warm = await fetch(`${base}/api/overview`, { headers });
      if (!warm.ok) throw new Error(`GET /api/overview answered ${warm.status}`);
      const firstMs = performance.now() - first;
      log(`first overview (evaluates ${formatNumber(created.records)} records): ${firstMs.toFixed(0)} ms`);
      const figures: Figure[] = [
        { measurement: 'first overview (uncached evaluation)', value: firstMs, unit: 'ms' },
      ];
      const details: Record<string, unknown> = { records: created.records, first_overview_ms: firstMs };
      for (const path of ENDPOINTS) {
        await fetch(`${base}${path}`, { headers });
        log(`autocannon ${path}…`);
        const { stdout } = await run(
          process.execPath,
          [
            join(root, 'node_modules', 'autocannon', 'autocannon.js'),
            '-c',
            String(CONNECTIONS),
            '-d',
            String(SECONDS),
            '-j',
            '-H',
            `authorization=Bearer ${token.token}`,
            `${base}${path}`,
          ],
          { env, maxBuffer: 1 << 26 },
        );
        const r = JSON.parse(stdout) as Autocannon;
        const errors = r.errors + r.timeouts + r.non2xx;
        log(
          `${path}: ${formatNumber(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${errors} errors`,
        );
        details[path] = r;
        figures.push(
          { measurement: `${path} requests/s`, value: r.requests.average, unit: 'req/s' },
          {
            measurement: `${path} p99 latency`,
            value: r.latency.p99,
            unit: 'ms',
            goal: `< ${P99_GOAL_MS} ms`,
            met: r.latency.p99 < P99_GOAL_MS,
          },
          { measurement: `${path} errors`, value: errors, unit: '', goal: '0', met: errors === 0 },
        );
      }
      return { records: created.records, figures, details };
    } finally {
      server.kill('SIGTERM');
    }
  },
};

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  let output = '';
  server.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`evident serve exited (${server.exitCode}): ${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`evident serve did not answer on ${base} within 60 s: ${output}`);
}
