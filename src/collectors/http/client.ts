import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HttpTarget } from './config.ts';

/** One check of one target, as observed: raw, unjudged (map.ts decides whether it counts as up). */
export type ProbeResult = {
  target: string;
  url: string;
  /** When the request was started (ISO 8601, UTC). */
  started_at: string;
  /** The response status, or null when no response arrived. */
  status: number | null;
  /** Milliseconds until the response headers arrived or the probe failed. */
  latency_ms: number;
  /** Why no response arrived: a Node error code (ECONNREFUSED, ECONNRESET, CERT_HAS_EXPIRED …) or `timeout`. */
  error: string | null;
};

export type ProbeOptions = { timeoutMs: number; now: () => Date; signal: AbortSignal };

/**
 * Sends one GET to a target on a fresh connection (no keep-alive, so every check exercises DNS, TCP
 * and TLS like a first visitor) and resolves at the response headers; redirects are not followed, so a
 * 3xx is the answer. A failure to get a response is a result, not an error; only an abort of
 * `options.signal` (the run was cancelled) rejects, so a cancelled run never reads as downtime.
 */
export function probe(target: HttpTarget, options: ProbeOptions): Promise<ProbeResult> {
  const { signal } = options;
  if (signal.aborted) return Promise.reject(signal.reason);
  const started_at = options.now().toISOString();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const local = new AbortController();
    let timedOut = false;
    const onAbort = () => local.abort();
    const timer = setTimeout(() => {
      timedOut = true;
      local.abort();
    }, options.timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const done = (status: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) return reject(signal.reason);
      const latency_ms = Math.round(performance.now() - t0);
      resolve({ target: target.target, url: target.url, started_at, status, latency_ms, error });
    };
    const send = target.url.startsWith('https:') ? httpsRequest : httpRequest;
    let req: ReturnType<typeof send>;
    try {
      req = send(target.url, {
        method: 'GET',
        agent: false,
        signal: local.signal,
        headers: { 'user-agent': 'evident-uptime/1', accept: '*/*' },
      });
    } catch (error) {
      done(null, errorCode(error));
      return;
    }
    req.once('response', (res) => {
      done(res.statusCode ?? null, null);
      // Only the status matters; dropping the body keeps a huge or endless response from holding the socket.
      res.destroy();
    });
    // `on`, not `once`: a late socket error after the response must not become an uncaught exception.
    req.on('error', (error) => done(null, timedOut ? 'timeout' : errorCode(error)));
    req.end();
  });
}

const errorCode = (error: unknown): string => {
  const e = error as { code?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && e.code) return e.code;
  return typeof e?.message === 'string' && e.message ? e.message : String(error);
};

/** Checks every target once, concurrently. */
export const probeAll = (targets: readonly HttpTarget[], options: ProbeOptions): Promise<ProbeResult[]> =>
  Promise.all(targets.map((t) => probe(t, options)));
