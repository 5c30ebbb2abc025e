import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { TLS_VERSIONS } from '../../core/evidence/payload-schemas.ts';
import { encryptionInTransit } from './encryption-in-transit.ts';
import { context, exceptionsOf, rec, runTest } from './test-fixtures.ts';

type Version = (typeof TLS_VERSIONS)[number];
type Endpoint = {
  host: string;
  port: number;
  protocols: Version[];
  negotiated: Version | null;
  cert_expires_at: string | null;
  error?: string;
};
const ep = (
  host: string,
  protocols: Version[] = ['TLSv1.2', 'TLSv1.3'],
  more: Partial<Endpoint> = {},
): Endpoint => ({
  host,
  port: 443,
  protocols,
  negotiated: protocols.at(-1) ?? null,
  cert_expires_at: '2026-09-01T00:00:00Z',
  ...more,
});
const scan = (day: string, endpoints: Endpoint[] = [ep('api.example.com'), ep('app.example.com')]) =>
  rec('tls_scan', day, { endpoints });

describe('encryption-in-transit', () => {
  const period = { start: '2026-03-02', end: '2026-03-04' };
  const base = {
    test: 'encryption-in-transit',
    frequency: 'continuous',
    evidence: ['tls_scan'],
    period,
  } as const;
  const run = (records: EvidenceRecord[], more: Partial<Parameters<typeof context>[0]> = {}) =>
    runTest(context({ ...base, ...more }), records, encryptionInTransit);

  it('is met on each day with a clean scan and names a day without one as missing', () => {
    const out = run([scan('2026-03-02'), scan('2026-03-03')]);
    assert.deepEqual(exceptionsOf(out), { '2026-03-04': 'missing' });
    assert.equal(out.units.filter((u) => u.status === 'met').length, 2);
  });

  it('fails a weak protocol, a missing TLS 1.3 and an unreachable endpoint, naming each', () => {
    const out = run([
      scan('2026-03-02', [ep('api', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']), ep('app')]),
      scan('2026-03-03', [ep('api', ['TLSv1.2']), ep('old', ['SSLv3', 'TLSv1.2'])]),
      scan('2026-03-04', [ep('api', [], { error: 'connection refused' }), ep('app')]),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-02': 'failed: api:443: accepts TLSv1, TLSv1.1 (below TLSv1.2)',
      '2026-03-03':
        'failed: api:443: does not accept TLSv1.3; old:443: accepts SSLv3 (below TLSv1.2), does not accept TLSv1.3',
      '2026-03-04': 'failed: api:443: unreachable: connection refused',
    });
  });

  it('judges an endpoint that reports an error but still lists protocols on its protocols', () => {
    const out = run([
      scan('2026-03-02', [ep('api', ['TLSv1.2', 'TLSv1.3'], { error: 'slow handshake' })]),
      scan('2026-03-03', [ep('api', ['TLSv1.1', 'TLSv1.3'], { error: 'slow handshake' })]),
      scan('2026-03-04', []),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-03': 'failed: api:443: accepts TLSv1.1 (below TLSv1.2)',
      '2026-03-04': 'failed: no endpoints scanned',
    });
  });

  it('fails a certificate that expired before the scan, not one expiring at that instant or unknown', () => {
    const at = '2026-03-02T06:00:00Z';
    const out = run([
      scan(at, [ep('a', undefined, { cert_expires_at: '2026-03-02T06:00:00Z' })]),
      scan('2026-03-03T06:00:00Z', [ep('b', undefined, { cert_expires_at: '2026-03-03T05:59:59Z' })]),
      scan('2026-03-04T06:00:00Z', [
        ep('c', undefined, { cert_expires_at: '2026-03-04' }), // a bare date is midnight UTC: expired
        ep('d', undefined, { cert_expires_at: null }),
      ]),
    ]);
    assert.deepEqual(exceptionsOf(out), {
      '2026-03-03': 'failed: b:443: certificate expired 2026-03-03T05:59:59Z',
      '2026-03-04': 'failed: c:443: certificate expired 2026-03-04',
    });
  });

  it('is met by any clean scan of the day', () => {
    const out = run([
      scan('2026-03-02T01:00:00Z', [ep('api', ['TLSv1.2'])]),
      scan('2026-03-02T02:00:00Z'),
      scan('2026-03-03'),
      scan('2026-03-04'),
    ]);
    assert.deepEqual(exceptionsOf(out), {});
  });

  it('takes the versions from `min_version` and `require_version`, matched without case', () => {
    const records = [
      scan('2026-03-02', [ep('api', ['TLSv1.1', 'TLSv1.2'])]),
      scan('2026-03-03', [ep('api', ['TLSv1', 'TLSv1.2'])]),
      scan('2026-03-04', [ep('api', ['TLSv1.3'])]),
    ];
    const params = { min_version: 'tlsv1.1', require_version: 'TLSv1.2' };
    assert.deepEqual(exceptionsOf(run(records, { params })), {
      '2026-03-03': 'failed: api:443: accepts TLSv1 (below TLSv1.1)',
      '2026-03-04': 'failed: api:443: does not accept TLSv1.2',
    });
    assert.deepEqual(exceptionsOf(run(records, { params: { min_version: 'TLSv1.3' } })), {
      '2026-03-02': 'failed: api:443: accepts TLSv1.1, TLSv1.2 (below TLSv1.3), does not accept TLSv1.3',
      '2026-03-03': 'failed: api:443: accepts TLSv1, TLSv1.2 (below TLSv1.3), does not accept TLSv1.3',
    });
  });

  it('refuses a version parameter that is not a TLS version when the run starts', () => {
    const ctx = context({ ...base, params: { min_version: 'TLS1.2' } });
    assert.throws(() => encryptionInTransit.start(ctx), /min_version "TLS1.2" is not one of SSLv3/);
    const ctx2 = context({ ...base, params: { require_version: 'QUIC' } });
    assert.throws(() => encryptionInTransit.start(ctx2), /require_version "QUIC"/);
  });

  it('property: a day fails iff some endpoint accepts a version below the minimum or lacks the required one', () => {
    const version = fc.constantFrom(...TLS_VERSIONS);
    const protocols = fc.uniqueArray(version, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(protocols, { minLength: 1, maxLength: 4 }),
        version,
        version,
        (sets, min, required) => {
          const endpoints = sets.map((p, i) => ep(`h${i}`, p));
          const out = run([scan('2026-03-02', endpoints)], {
            period: { start: '2026-03-02', end: '2026-03-02' },
            params: { min_version: min, require_version: required },
          });
          const rank = (v: Version) => TLS_VERSIONS.indexOf(v);
          const bad = sets.some((p) => p.some((v) => rank(v) < rank(min)) || !p.includes(required));
          assert.equal(out.units[0]?.status, bad ? 'failed' : 'met');
        },
      ),
    );
  });
});
