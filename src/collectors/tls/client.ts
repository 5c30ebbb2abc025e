import { isIP } from 'node:net';
import { type ConnectionOptions, connect, rootCertificates } from 'node:tls';
import type { Endpoint } from './config.ts';
import { type Attempt, PROBED_VERSIONS, type RawEndpoint } from './map.ts';

/**
 * OpenSSL 3 refuses TLS 1.0/1.1 at its default security level (they sign with SHA-1/MD5), so a probe
 * that must see whether a server still accepts them lowers it to 0 (OpenSSL SSL_CTX_set_security_level).
 */
const PERMISSIVE_CIPHERS = 'DEFAULT@SECLEVEL=0';

export type ScanOptions = {
  timeoutMs: number;
  servername?: string;
  /** Extra trusted CA certificates (PEM), added to Node's public roots for the recorded handshake. */
  ca?: string;
  signal: AbortSignal;
};

/** One TLS connection: resolves with what was negotiated or why it failed, never rejects. */
function attempt(target: Endpoint, tlsOptions: ConnectionOptions, opts: ScanOptions): Promise<Attempt> {
  return new Promise((resolve) => {
    if (opts.signal.aborted) return resolve({ ok: false, connected: false, error: 'aborted' });
    let connected = false;
    let done = false;
    // RFC 6066 §3: SNI carries host names only, never IP literals (Node warns if given one).
    const servername = opts.servername ?? (isIP(target.host) ? undefined : target.host);
    const socket = connect({
      host: target.host,
      port: target.port,
      ...(servername ? { servername } : {}),
      // Probing must complete the handshake whatever the certificate; trust is recorded, not enforced.
      rejectUnauthorized: false,
      ...tlsOptions,
    });
    const finish = (result: Attempt) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const fail = (error: string) => finish({ ok: false, connected, error });
    const timer = setTimeout(() => fail(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs);
    const onAbort = () => fail('aborted');
    opts.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      connected = true;
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerX509Certificate();
      const cipher = socket.getCipher();
      finish({
        ok: true,
        protocol: socket.getProtocol() ?? 'unknown',
        // The IANA name (RFC 8446 / the TLS cipher suite registry), which auditors and scanners share.
        cipher: cipher?.standardName || cipher?.name || null,
        authorized: socket.authorized,
        authorization_error: socket.authorizationError ? String(socket.authorizationError) : null,
        certificate: cert
          ? {
              subject: cert.subject,
              issuer: cert.issuer,
              valid_from: cert.validFrom,
              valid_to: cert.validTo,
              pem: cert.toString(),
            }
          : null,
      });
    });
    socket.on('error', (e) => fail(e.message));
    socket.once('close', () => fail('connection closed before the TLS handshake completed'));
  });
}

/**
 * Probes each version with its own handshake (min = max = that version), then records one handshake as
 * a client with Node's defaults would make it; a server that only speaks legacy versions gets a second,
 * permissive handshake so that its certificate and negotiated version are still recorded.
 */
export async function scanEndpoint(target: Endpoint, opts: ScanOptions): Promise<RawEndpoint> {
  const probes: RawEndpoint['probes'] = [];
  for (const version of PROBED_VERSIONS) {
    const probe = { minVersion: version, maxVersion: version, ciphers: PERMISSIVE_CIPHERS } as const;
    const result = await attempt(target, probe, opts);
    if (!result.ok && !result.connected && probes.length === 0)
      return { ...target, probes, handshake: null, error: result.error };
    probes.push(
      result.ok
        ? { version, accepted: result.protocol === version }
        : { version, accepted: false, error: result.error },
    );
  }
  const trust = opts.ca ? { ca: [...rootCertificates, opts.ca] } : {};
  const normal = await attempt(target, trust, opts);
  if (normal.ok || !probes.some((p) => p.accepted))
    return { ...target, probes, handshake: { client: 'default', attempt: normal } };
  const permissive = { ...trust, minVersion: 'TLSv1', ciphers: PERMISSIVE_CIPHERS } as const;
  return {
    ...target,
    probes,
    handshake: { client: 'permissive', attempt: await attempt(target, permissive, opts) },
  };
}

/** Scans endpoints a few at a time (each one's handshakes in turn, to stay gentle on the server). */
export async function scanEndpoints(
  endpoints: readonly Endpoint[],
  opts: ScanOptions,
  concurrency = 4,
): Promise<RawEndpoint[]> {
  const results: RawEndpoint[] = new Array(endpoints.length);
  let next = 0;
  const worker = async () => {
    while (next < endpoints.length) {
      const i = next++;
      results[i] = await scanEndpoint(endpoints[i] as Endpoint, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, endpoints.length) }, worker));
  return results;
}
