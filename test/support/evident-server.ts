import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const BIN = fileURLToPath(new URL('../../bin/evident.js', import.meta.url));

export type EvidentServer = { url: string; output: () => string; stop: () => Promise<number | null> };

/**
 * `evident serve -C dir` as a child process on a free loopback port, resolved once GET /api/health
 * answers; `stop` sends SIGTERM (a clean shutdown) and waits for the exit, SIGKILL after 10 s.
 */
export async function startEvidentServer(dir: string, timeoutMs = 30_000): Promise<EvidentServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [BIN, 'serve', '-C', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  let code: number | null | undefined;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (c) => {
      code = c;
      resolve(c);
    }),
  );
  const stop = async () => {
    if (code !== undefined) return code;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    try {
      return await exit;
    } finally {
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (code !== undefined) throw new Error(`evident serve exited ${code}:\n${log}`);
    try {
      const res = await fetch(new URL('/api/health', url));
      if (res.ok) return { url, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`evident serve did not answer GET /api/health within ${timeoutMs} ms:\n${log}`);
}
