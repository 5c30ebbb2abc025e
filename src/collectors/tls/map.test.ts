import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { parseEndpoint, TlsConfigSchema } from './config.ts';
import { cleanTlsError, mapScan, oneLineName, PROBED_VERSIONS, parseCertTime, type RawScan } from './map.ts';

const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/openssl-s-server-scan.json', import.meta.url), 'utf8'),
) as RawScan;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** How OpenSSL's ASN1_TIME_print (and so Node's validTo) writes an instant. */
const opensslTime = (d: Date) =>
  `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;

const isBadInput = (e: unknown) => e instanceof EvidentError && e.code === 'bad_input';

describe('endpoint option parsing', () => {
  it('reads host:port and [ipv6]:port, and says why anything else is refused', () => {
    assert.deepEqual(parseEndpoint('www.example.com:443'), { host: 'www.example.com', port: 443 });
    assert.deepEqual(parseEndpoint('[2001:db8::10]:8443'), { host: '2001:db8::10', port: 8443 });
    assert.deepEqual(parseEndpoint('10.0.0.1:636'), { host: '10.0.0.1', port: 636 });
    for (const bad of [
      'example.com',
      'example.com:0',
      'example.com:65536',
      '2001:db8::1:443',
      'https://x:443',
      ':443',
    ])
      assert.equal(typeof parseEndpoint(bad), 'string', bad);
  });

  it('rejects options without endpoints, with unknown keys, or with a literal CA instead of a reference', () => {
    assert.equal(TlsConfigSchema.safeParse({ endpoints: [] }).success, false);
    assert.equal(TlsConfigSchema.safeParse({ endpoints: ['a:1'], port: 1 }).success, false);
    assert.equal(
      TlsConfigSchema.safeParse({ endpoints: ['a:1'], ca: '-----BEGIN CERTIFICATE-----' }).success,
      false,
    );
    const bad = TlsConfigSchema.safeParse({ endpoints: ['a:1', 'b'] });
    assert.deepEqual(
      bad.error?.issues.map((i) => i.path),
      [['endpoints', 1]],
    );
    assert.equal(TlsConfigSchema.parse({ endpoints: ['a:1'] }).timeout_ms, 5000);
  });

  it('never throws on any text, and round-trips every host and port it accepts', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseEndpoint(text);
        if (typeof parsed !== 'string') assert.ok(parsed.port >= 1 && parsed.port <= 65535);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.ipV4()), fc.integer({ min: 1, max: 65535 }), (host, port) => {
        assert.deepEqual(parseEndpoint(`${host}:${port}`), { host, port });
      }),
    );
    fc.assert(
      fc.property(fc.ipV6(), fc.integer({ min: 1, max: 65535 }), (host, port) => {
        assert.deepEqual(parseEndpoint(`[${host}]:${port}`), { host, port });
      }),
    );
  });
});

describe('certificate time and name parsing', () => {
  it('turns OpenSSL times into ISO 8601 and refuses anything that is not a real instant', () => {
    assert.equal(parseCertTime('Feb  1 00:00:00 2020 GMT'), '2020-02-01T00:00:00.000Z');
    assert.equal(parseCertTime('Dec 26 11:43:35 2026 GMT'), '2026-12-26T11:43:35.000Z');
    for (const bad of [
      'Feb 31 00:00:00 2020 GMT',
      'Foo  1 00:00:00 2020 GMT',
      'Feb  1 24:00:00 2020 GMT',
      '2020-02-01',
    ])
      assert.equal(parseCertTime(bad), null, bad);
  });

  it('round-trips every second from 1950 to 9999 and never throws on other text', () => {
    const min = Date.UTC(1950, 0, 1);
    const max = Date.UTC(9999, 11, 31, 23, 59, 59);
    fc.assert(
      fc.property(fc.integer({ min: min / 1000, max: max / 1000 }), (seconds) => {
        const d = new Date(seconds * 1000);
        assert.equal(parseCertTime(opensslTime(d)), d.toISOString());
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const iso = parseCertTime(text);
        if (iso !== null) assert.ok(!Number.isNaN(Date.parse(iso)));
      }),
    );
  });

  it('keeps the reason of an OpenSSL error without the per-run thread id', () => {
    const raw =
      '80AC2CD8497F0000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 70\n';
    assert.equal(cleanTlsError(raw), 'tlsv1 alert protocol version');
    assert.equal(cleanTlsError('connect ECONNREFUSED 127.0.0.1:1'), 'connect ECONNREFUSED 127.0.0.1:1');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = cleanTlsError(text);
        assert.ok(clean.length > 0 && !/\n/.test(clean));
      }),
    );
  });

  it('writes a distinguished name on one line', () => {
    assert.equal(oneLineName("C=US\nO=Let's Encrypt\nCN=R11"), "C=US, O=Let's Encrypt, CN=R11");
  });
});

const rawEndpoint = fc.record({
  host: fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6()),
  port: fc.integer({ min: 1, max: 65535 }),
  probes: fc
    .subarray([...PROBED_VERSIONS])
    .chain((versions) =>
      fc.tuple(
        ...versions.map((version) => fc.record({ version: fc.constant(version), accepted: fc.boolean() })),
      ),
    ),
  handshake: fc.option(
    fc.record({
      client: fc.constantFrom('default' as const, 'permissive' as const),
      attempt: fc.oneof(
        fc.record({
          ok: fc.constant(true as const),
          protocol: fc.constantFrom('TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3', 'unknown'),
          cipher: fc.option(fc.string({ minLength: 1 })),
          authorized: fc.boolean(),
          authorization_error: fc.option(fc.string()),
          certificate: fc.option(
            fc.record({
              subject: fc.string(),
              issuer: fc.string(),
              valid_from: fc.string(),
              valid_to: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map(opensslTime)),
              pem: fc.string(),
            }),
          ),
        }),
        fc.record({ ok: fc.constant(false as const), connected: fc.boolean(), error: fc.string() }),
      ),
    }),
  ),
  error: fc.option(fc.string(), { nil: undefined }),
});

const rawScan = fc.record({
  subject: fc.string({ minLength: 1, maxLength: 500 }).filter((s) => s.length > 0),
  observed_at: fc
    .date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true })
    .map((d) => d.toISOString()),
  endpoints: fc.array(rawEndpoint, { minLength: 1, maxLength: 5 }),
});

describe('mapping scans to evidence', () => {
  it('maps any well-formed scan to one valid tls_scan, keeping endpoint order and versions in order', () => {
    fc.assert(
      fc.property(rawScan, (scan) => {
        const items = mapScan(scan);
        assert.equal(items.length, 1);
        const checked = validateDraft({ ...items[0]!.draft, source: 'tls', artifacts: [] });
        assert.ok(!checked.problems, JSON.stringify(checked.problems));
        const { endpoints } = items[0]!.draft.data as Payload<'tls_scan'>;
        assert.deepEqual(
          endpoints.map((e) => [e.host, e.port]),
          scan.endpoints.map((e) => [e.host, e.port]),
        );
        for (const [i, e] of endpoints.entries()) {
          const accepted = scan.endpoints[i]!.probes.filter((p) => p.accepted).map((p) => p.version);
          assert.deepEqual(
            e.protocols,
            [...PROBED_VERSIONS].filter((v) => accepted.includes(v)),
          );
          const attempt = scan.endpoints[i]!.handshake?.attempt;
          if (attempt?.ok) {
            assert.equal(e.cert_valid, attempt.authorized);
            assert.equal(e.error, undefined);
          } else {
            assert.ok(e.error, 'an endpoint without a handshake says why');
            assert.deepEqual([e.negotiated, e.cert_expires_at, e.cert_valid], [null, null, undefined]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any other input with a bad_input error that names the path', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          mapScan(value);
        } catch (e) {
          assert.ok(isBadInput(e), String(e));
        }
      }),
    );
    assert.throws(
      () => mapScan({ ...FIXTURE, endpoints: [{ ...FIXTURE.endpoints[0], port: 0 }] }),
      (e: unknown) => isBadInput(e) && /endpoints\.0\.port/.test((e as Error).message),
    );
  });

  it('survives every one-field mutation of the real fixture: valid evidence or a bad_input error', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (v && typeof v === 'object')
        for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
      paths.push(path);
    };
    walk(FIXTURE, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.anything(),
        (path, replacement) => {
          const copy = structuredClone(FIXTURE) as unknown as Record<string | number, unknown>;
          let parent = copy;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          parent[path.at(-1)!] = replacement;
          try {
            const [item] = mapScan(copy);
            const checked = validateDraft({ ...item!.draft, source: 'tls', artifacts: [] });
            assert.ok(!checked.problems, JSON.stringify(checked.problems));
          } catch (e) {
            assert.ok(isBadInput(e), String(e));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
