import { expiredHost } from './daily-problems.ts';
import type { WorkloadContext } from './workload-context.ts';
import type { Envelope } from './workload-types.ts';

/** The public endpoints: the status page (whose certificate expires), the API, the app, customers' hosts. */
export const publicEndpoints = (ctx: WorkloadContext): string[] =>
  Array.from({ length: ctx.sizes.publicEndpoints }, (_, e) =>
    e === 0
      ? expiredHost(ctx.domain)
      : e === 1
        ? `api.${ctx.domain}`
        : e === 2
          ? `app.${ctx.domain}`
          : `customer-${e}.${ctx.domain}`,
  );

/**
 * One fleet-wide TLS scan a day (03:00), not one per service on purpose: the encryption-in-transit test
 * passes a day when any scan of the day passes, so per-service scans would hide the expired certificate.
 * Certificates are 90-day ones renewed at 60 days, staggered by endpoint.
 */
export function tlsScan(
  ctx: WorkloadContext,
  hosts: readonly string[],
  i: number,
  expiredFrom: number,
): Envelope {
  const { at } = ctx.cal;
  return {
    type: 'tls_scan',
    source: 'tls-scanner',
    subject: 'public-endpoints',
    observed_at: at(i, 3 * 3600),
    data: {
      endpoints: hosts.map((host, e) => {
        const expired = e === 0 && i >= expiredFrom && i < expiredFrom + 7;
        const renewed = i - ((i + e * 7) % 60);
        const expires = expired ? at(expiredFrom - 1, 12 * 3600) : at(renewed + 90, 12 * 3600);
        return {
          host,
          port: 443,
          protocols: e % 5 === 4 ? ['TLSv1.3'] : ['TLSv1.2', 'TLSv1.3'],
          negotiated: 'TLSv1.3',
          cipher: 'TLS_AES_128_GCM_SHA256',
          cert_expires_at: expires,
          cert_valid: !expired,
          cert_issuer: "Let's Encrypt R11",
        };
      }),
    },
  };
}
