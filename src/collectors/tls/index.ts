import { X509Certificate } from 'node:crypto';
import { EvidentError } from '../../core/errors.ts';
import { defineCollector } from '../kit/index.ts';
import { scanEndpoints } from './client.ts';
import { type TlsConfig, TlsConfigSchema } from './config.ts';
import { mapScan, type RawEndpoint } from './map.ts';

/** The PEM bundle of a `ca` option, checked so a wrong file fails the run instead of every handshake. */
function caBundle(pem: string, ref: string): string {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length) throw new EvidentError('bad_config', `tls: ca ${ref} holds no PEM certificate`);
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch (cause) {
      throw new EvidentError('bad_config', `tls: ca ${ref} holds a certificate that does not parse`, {
        cause,
      });
    }
  }
  return blocks.join('\n');
}

/** One log line per endpoint, including why its certificate is untrusted (the evidence has no field). */
function describe(e: RawEndpoint): string {
  const accepted = e.probes.filter((p) => p.accepted).map((p) => p.version);
  const a = e.handshake?.attempt;
  const trust = a?.ok
    ? `; certificate ${a.authorized ? 'trusted' : `untrusted (${a.authorization_error})`}`
    : '';
  return `${e.host}:${e.port}: ${e.error ?? (accepted.join(', ') || 'no TLS version accepted')}${trust}`;
}

export const tlsCollector = defineCollector<TlsConfig>({
  id: 'tls',
  title: 'TLS endpoints: accepted protocol versions, negotiated cipher, certificate expiry and trust',
  produces: ['tls_scan'],
  configSchema: TlsConfigSchema,
  example: {
    endpoints: ['www.example.com:443', 'api.example.com:443', '[2001:db8::10]:8443'],
    timeout_ms: 5000,
    ca: 'file:certs/internal-ca.pem',
  },
  async collect(config, ctx) {
    const observedAt = ctx.now().toISOString();
    const ca = config.ca ? caBundle(ctx.secret(config.ca), config.ca) : undefined;
    const endpoints = await scanEndpoints(config.endpoints, {
      timeoutMs: config.timeout_ms,
      signal: ctx.signal,
      ...(config.servername ? { servername: config.servername } : {}),
      ...(ca ? { ca } : {}),
    });
    ctx.signal.throwIfAborted();
    for (const e of endpoints) ctx.log(describe(e));
    return mapScan({ subject: config.subject ?? ctx.source, observed_at: observedAt, endpoints });
  },
});
