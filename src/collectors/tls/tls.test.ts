import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { collectorContract } from '../kit/collector-contract.ts';
import type { CollectContext, CollectedItem } from '../kit/index.ts';
import { TlsConfigSchema } from './config.ts';
import { tlsCollector } from './index.ts';
import { mapScan } from './map.ts';
import {
  ensureOpenssl,
  freePort,
  makePki,
  type Pki,
  type RunningServer,
  startServer,
} from './openssl-servers.ts';

const FIXTURE = new URL('./fixtures/openssl-s-server-scan.json', import.meta.url);

collectorContract(tlsCollector, () => mapScan(JSON.parse(readFileSync(FIXTURE, 'utf8'))));

type Endpoint = Payload<'tls_scan'>['endpoints'][number];
const NOW = new Date();

function context(
  source = 'edge-tls',
  signal = new AbortController().signal,
): CollectContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    source,
    now: () => NOW,
    secret(ref) {
      if (ref.startsWith('file:')) return readFileSync(ref.slice('file:'.length), 'utf8');
      throw new Error(`unexpected secret reference ${ref}`);
    },
    signal,
    log: (line) => lines.push(line),
    lines,
  };
}

const collect = (options: Record<string, unknown>, ctx = context()) =>
  tlsCollector.collect(TlsConfigSchema.parse(options), ctx);

const endpointsOf = (items: CollectedItem[]): Endpoint[] => {
  assert.equal(items.length, 1, 'one tls_scan per run');
  return (items[0]!.draft.data as Payload<'tls_scan'>).endpoints;
};

describe('tls collector against real openssl s_server endpoints', () => {
  let dir = '';
  let pki: Pki;
  const servers: Record<'tls12' | 'tls13' | 'tls10' | 'expired', RunningServer> = {} as never;
  let deadPort = 0;
  let silent: Server;
  let silentPort = 0;
  const held: Socket[] = [];
  const at = (port: number) => `127.0.0.1:${port}`;

  before(async () => {
    ensureOpenssl();
    dir = mkdtempSync(join(tmpdir(), 'evident-tls-'));
    pki = makePki(dir);
    const [tls12, tls13, tls10, expired] = await Promise.all([
      startServer(pki.selfSigned, ['-tls1_2']),
      startServer(pki.selfSigned, ['-tls1_3']),
      startServer(pki.selfSigned, ['-tls1', '-cipher', 'DEFAULT@SECLEVEL=0']),
      // No version flag: what Debian's OpenSSL serves by default (MinProtocol TLSv1.2 in openssl.cnf).
      startServer(pki.expired, []),
    ]);
    Object.assign(servers, { tls12, tls13, tls10, expired });
    deadPort = await freePort();
    // Accepts TCP and never answers: a port that is open but speaks no TLS (or a hung server).
    silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });

  after(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent?.close(resolve));
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('records the exact versions each server accepts and the one a default client negotiates', async () => {
    const { tls12, tls13, tls10, expired } = servers;
    const ctx = context();
    const items = await collect(
      { endpoints: [at(tls12.port), at(tls13.port), at(tls10.port), at(expired.port), at(deadPort)] },
      ctx,
    );
    const checked = validateDraft({ ...items[0]!.draft, source: 'edge-tls', artifacts: [] });
    assert.ok(!checked.problems, JSON.stringify(checked.problems));
    assert.equal(items[0]!.draft.subject, 'edge-tls');
    assert.equal(items[0]!.draft.observed_at, NOW.toISOString());
    const [e12, e13, e10, eExpired, eDead] = endpointsOf(items);
    const summary = (e: Endpoint | undefined) => [e?.host, e?.port, e?.protocols, e?.negotiated];
    assert.deepEqual(summary(e12), ['127.0.0.1', tls12.port, ['TLSv1.2'], 'TLSv1.2']);
    assert.deepEqual(summary(e13), ['127.0.0.1', tls13.port, ['TLSv1.3'], 'TLSv1.3']);
    assert.deepEqual(summary(e10), ['127.0.0.1', tls10.port, ['TLSv1'], 'TLSv1']);
    assert.deepEqual(summary(eExpired), ['127.0.0.1', expired.port, ['TLSv1.2', 'TLSv1.3'], 'TLSv1.3']);
    assert.match(e12?.cipher ?? '', /^TLS_ECDHE_ECDSA_WITH_AES_\d+_GCM_SHA\d+$/);
    assert.match(e13?.cipher ?? '', /^TLS_AES_\d+_GCM_SHA\d+$|^TLS_CHACHA20_POLY1305_SHA256$/);
    assert.match(e10?.cipher ?? '', /^TLS_ECDHE_ECDSA_WITH_AES_\d+_CBC_SHA$/);
    for (const e of [e12, e13, e10, eExpired]) assert.equal(e?.error, undefined);
    assert.deepEqual(eDead, {
      host: '127.0.0.1',
      port: deadPort,
      protocols: [],
      negotiated: null,
      cipher: null,
      cert_expires_at: null,
      error: `connect ECONNREFUSED 127.0.0.1:${deadPort}`,
    });
    assert.deepEqual(ctx.lines, [
      `127.0.0.1:${tls12.port}: TLSv1.2; certificate untrusted (DEPTH_ZERO_SELF_SIGNED_CERT)`,
      `127.0.0.1:${tls13.port}: TLSv1.3; certificate untrusted (DEPTH_ZERO_SELF_SIGNED_CERT)`,
      `127.0.0.1:${tls10.port}: TLSv1; certificate untrusted (DEPTH_ZERO_SELF_SIGNED_CERT)`,
      `127.0.0.1:${expired.port}: TLSv1.2, TLSv1.3; certificate untrusted (CERT_HAS_EXPIRED)`,
      `127.0.0.1:${deadPort}: connect ECONNREFUSED 127.0.0.1:${deadPort}`,
    ]);
  });

  it('reads certificate expiry, subject and issuer, and keeps each leaf certificate as an artifact', async () => {
    const items = await collect({ endpoints: [at(servers.tls12.port), at(servers.expired.port)] });
    const [selfSigned, expired] = endpointsOf(items);
    assert.equal(expired?.cert_expires_at, '2020-02-01T00:00:00.000Z');
    assert.ok(
      Date.parse(expired.cert_expires_at) < Date.parse(items[0]!.draft.observed_at),
      'expired at scan time',
    );
    assert.equal(expired?.cert_subject, 'CN=localhost');
    assert.equal(expired?.cert_issuer, 'CN=Evident Test CA');
    const days = (Date.parse(selfSigned?.cert_expires_at ?? '') - NOW.getTime()) / 86_400_000;
    assert.ok(days > 29 && days <= 30.01, `self-signed certificate valid ~30 more days, got ${days}`);
    assert.equal(selfSigned?.cert_issuer, 'CN=localhost');
    const files = items[0]!.files ?? [];
    assert.deepEqual(
      files.map((f) => f.name),
      [`127.0.0.1_${servers.tls12.port}.pem`, `127.0.0.1_${servers.expired.port}.pem`],
    );
    const leaf = new X509Certificate(Buffer.from(files[1]!.bytes));
    assert.equal(leaf.validTo, 'Feb  1 00:00:00 2020 GMT');
    assert.ok(leaf.checkIssued(new X509Certificate(readFileSync(pki.caCert))));
  });

  it('judges the chain: self-signed is untrusted without the ca option and trusted with it; expired never', async () => {
    const endpoints = [at(servers.tls12.port), at(servers.tls10.port), at(servers.expired.port)];
    const without = endpointsOf(await collect({ endpoints }));
    assert.deepEqual(
      without.map((e) => e.cert_valid),
      [false, false, false],
    );
    const withCa = endpointsOf(await collect({ endpoints, ca: `file:${pki.trustBundle}` }));
    assert.deepEqual(
      withCa.map((e) => e.cert_valid),
      [true, true, false],
    );
  });

  it('checks the certificate against the servername override, sent as SNI', async () => {
    const base = { endpoints: [at(servers.tls13.port)], ca: `file:${pki.trustBundle}` };
    const [right] = endpointsOf(await collect({ ...base, servername: 'localhost' }));
    const [wrong] = endpointsOf(await collect({ ...base, servername: 'wrong.example' }));
    assert.equal(right?.cert_valid, true);
    assert.equal(wrong?.cert_valid, false);
    assert.deepEqual(wrong?.protocols, ['TLSv1.3'], 'a name mismatch does not hide the versions');
  });

  it('reports an open port that never answers as timed out, with no versions', async () => {
    const started = Date.now();
    const [e] = endpointsOf(await collect({ endpoints: [at(silentPort)], timeout_ms: 200 }));
    assert.deepEqual(e?.protocols, []);
    assert.equal(e?.negotiated, null);
    assert.equal(e?.cert_expires_at, null);
    assert.equal(e?.error, 'handshake failed: timed out after 200 ms');
    assert.ok(Date.now() - started < 3000, 'each handshake is bounded by timeout_ms');
  });

  it('uses the subject option instead of the source id', async () => {
    const items = await collect({ endpoints: [at(servers.tls12.port)], subject: 'public-edge' });
    assert.equal(items[0]!.draft.subject, 'public-edge');
  });

  it('fails the run, not the endpoints, when the ca file holds no certificate', async () => {
    const bad = join(dir, 'not-a-ca.pem');
    writeFileSync(bad, 'hello\n');
    await assert.rejects(
      collect({ endpoints: [at(servers.tls12.port)], ca: `file:${bad}` }),
      (e: unknown) =>
        e instanceof EvidentError && e.code === 'bad_config' && /no PEM certificate/.test(e.message),
    );
  });

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    const run = collect(
      { endpoints: [at(silentPort)], timeout_ms: 10_000 },
      context('edge-tls', controller.signal),
    );
    setTimeout(() => controller.abort(new Error('cancelled by test')), 100);
    const started = Date.now();
    await assert.rejects(run, /cancelled by test/);
    assert.ok(Date.now() - started < 2000);
  });
});
