import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Dashboard, openDashboard } from '../src/app/dashboard/open-dashboard.ts';
import type { Serving } from '../src/app/serve-programme.ts';
import { createApp } from '../src/server/create-app.ts';
import { Overview } from '../src/server/schemas/overview-schema.ts';
import { serveProgramme } from '../src/server/serve-programme.ts';
import { runCli } from './run-cli.ts';
import { createToken } from './support/api-programme.ts';
import { setUpProgramme } from './support/set-up-programme.ts';

/**
 * The HTTP behaviour of `evident serve` on a real server on 127.0.0.1: request validation, the body
 * limit, security headers, the OpenAPI document, sessions; and, in process, the evaluation cache and
 * the dashboard's static files.
 */
const root = mkdtempSync(join(tmpdir(), 'evident-api-http-'));
const dir = join(root, 'programme');
let serving: Serving;
let admin: { token: string; id: string };
let viewer: { token: string; id: string };

type ErrorJson = { error: { code: string; message: string; problems?: { path: string; message: string }[] } };

const api = (path: string, init: RequestInit & { token?: string } = {}) => {
  const { token, headers, ...rest } = init;
  return fetch(new URL(path, serving.url), {
    ...rest,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(headers as Record<string, string>),
    },
  });
};

const record = (day: string, id: string) =>
  JSON.stringify({
    type: 'change',
    source: 'test',
    subject: 'api',
    observed_at: `${day}T10:00:00Z`,
    data: {
      id,
      title: id,
      author: 'ana',
      merged_at: `${day}T10:00:00Z`,
      approvers: ['bo'],
      ci_passed: true,
      emergency: false,
    },
  });

async function importRecords(name: string, lines: string[]): Promise<void> {
  const file = join(root, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = await runCli(['import', '-C', dir, file, '--json']);
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  const first = join(root, 'first.jsonl');
  writeFileSync(first, `${[record('2026-03-02', 'PR-1'), record('2026-04-07', 'PR-2')].join('\n')}\n`);
  await setUpProgramme(dir, { period: '2026-01-01..2026-12-31', files: [first] });
  admin = await createToken(dir, 'admin');
  viewer = await createToken(dir, 'viewer');
  serving = await serveProgramme(dir, { port: 0 });
});
after(async () => {
  await serving?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('request validation', () => {
  it('404 for an unknown control, record or route', async () => {
    for (const path of ['/api/controls/no-such-control', `/api/evidence/${'0'.repeat(64)}`, '/api/nothing']) {
      const res = await api(path, { token: viewer.token });
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as ErrorJson).error.code, 'not_found');
    }
  });

  it('400 naming each bad field of the query, path or body', async () => {
    const cases: [string, RequestInit, string][] = [
      ['/api/evidence?limit=9999', {}, 'query.limit'],
      ['/api/evidence?limit=0', {}, 'query.limit'],
      ['/api/evidence?since=not-a-date', {}, 'query.since'],
      ['/api/evidence?until=2026-13-45', {}, 'query.until'],
      ['/api/evidence?type=selfie', {}, 'query.type'],
      ['/api/controls?status=great', {}, 'query.status'],
      ['/api/evidence/XYZ', {}, 'params.id'],
      ['/api/reports/docx', {}, 'params.format'],
      [
        '/api/session',
        { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } },
        'body.token',
      ],
      [
        '/api/session',
        {
          method: 'POST',
          body: '{"token":"x","admin":true}',
          headers: { 'Content-Type': 'application/json' },
        },
        'body.admin',
      ],
    ];
    for (const [path, init, field] of cases) {
      const res = await api(path, { token: viewer.token, ...init });
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as ErrorJson;
      assert.equal(body.error.code, 'bad_request');
      assert.ok(
        body.error.problems?.some((p) => p.path === field),
        `${path}: ${JSON.stringify(body)}`,
      );
    }
    const malformed = await api('/api/session', {
      method: 'POST',
      body: '{"token":',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(malformed.status, 400);
    const text = await api('/api/session', {
      method: 'POST',
      body: 'evd_x',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(text.status, 415);
    assert.equal(((await text.json()) as ErrorJson).error.code, 'unsupported_media_type');
  });

  it('413 for a body over 64 KiB, before it is read', async () => {
    const body = JSON.stringify({ token: 'x'.repeat(70 * 1024) });
    const res = await api('/api/session', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as ErrorJson).error.code, 'payload_too_large');
  });
});

describe('security headers', () => {
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  it('are on every response, and HSTS is not sent over plain HTTP', async () => {
    const responses = [
      await api('/api/health'),
      await api('/api/overview'),
      await api('/api/overview', { token: viewer.token }),
      await api('/api/nothing', { token: viewer.token }),
      await api('/'),
    ];
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 401, 200, 404, 200],
    );
    for (const res of responses) {
      assert.equal(res.headers.get('content-security-policy'), CSP);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('strict-transport-security'), null);
    }
    // Every API answer, an error's too, is kept by no cache.
    assert.deepEqual(
      responses.slice(0, 4).map((r) => r.headers.get('cache-control')),
      ['no-store', 'no-store', 'no-store', 'no-store'],
    );
  });
});

describe('OpenAPI', () => {
  it('is an OpenAPI 3.1 document, served without a token, listing every route', async () => {
    const res = await api('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    assert.deepEqual(operations.sort(), [
      'DELETE /api/session',
      'GET /api/budget',
      'GET /api/controls',
      'GET /api/controls/{id}',
      'GET /api/criteria',
      'GET /api/evidence',
      'GET /api/evidence/{id}',
      'GET /api/evidence/{id}/artifacts/{sha256}',
      'GET /api/health',
      'GET /api/ledger',
      'GET /api/me',
      'GET /api/openapi.json',
      'GET /api/overview',
      'GET /api/plan',
      'GET /api/readiness',
      'GET /api/reports/{format}',
      'GET /api/sources',
      'POST /api/package',
      'POST /api/session',
      'POST /api/sources/{id}/collect',
    ]);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['bearerAuth', 'sessionCookie']);
    assert.ok(doc.paths['/api/overview']?.get?.security?.length);
  });
});

describe('sessions', () => {
  const signIn = (token: string) =>
    api('/api/session', {
      method: 'POST',
      body: JSON.stringify({ token }),
      headers: { 'Content-Type': 'application/json' },
    });
  const cookieOf = (res: Response) =>
    /^evident_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  const withCookie = (path: string, session: string, init: RequestInit = {}) =>
    api(path, { ...init, headers: { Cookie: `evident_session=${session}` } });

  it('sign in sets an HttpOnly SameSite=Strict cookie of 12 hours that works until sign out', async () => {
    const res = await signIn(viewer.token);
    assert.equal(res.status, 204);
    const set = res.headers.get('set-cookie') ?? '';
    assert.match(set, /; HttpOnly/);
    assert.match(set, /; SameSite=Strict/);
    assert.match(set, /; Path=\//);
    assert.match(set, /; Max-Age=43200/);
    assert.doesNotMatch(set, /; Secure/, 'not Secure over plain HTTP (it would never be sent back)');
    const session = cookieOf(res);
    assert.ok(session && !session.includes(viewer.token));
    const me = await withCookie('/api/me', session);
    assert.deepEqual(await me.json(), { role: 'viewer', token_id: viewer.id });

    const out = await withCookie('/api/session', session, { method: 'DELETE' });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^evident_session=; Max-Age=0/);
    assert.equal((await withCookie('/api/me', session)).status, 401);
  });

  it('a viewer session cannot write', async () => {
    const session = cookieOf(await signIn(viewer.token));
    assert.ok(session);
    for (const path of ['/api/package', '/api/sources/any/collect']) {
      const res = await withCookie(path, session, { method: 'POST' });
      assert.equal(res.status, 403, path);
    }
  });

  it('refuses a wrong token, and revoking a token ends its sessions', async () => {
    const wrong = await signIn(`evd_${'C'.repeat(43)}`);
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('set-cookie'), null);
    const other = await createToken(dir, 'admin', 'to revoke');
    const session = cookieOf(await signIn(other.token));
    assert.ok(session);
    assert.equal(((await (await withCookie('/api/me', session)).json()) as { role: string }).role, 'admin');
    assert.equal((await runCli(['token', 'revoke', other.id, '-C', dir])).code, 0);
    assert.equal((await withCookie('/api/me', session)).status, 401);
    assert.equal((await api('/api/me', { token: other.token })).status, 401);
    assert.equal((await api('/api/me', { token: admin.token })).status, 200);
  });
});

describe('in process', () => {
  let dashboard: Dashboard;
  const web = join(root, 'web-dist');
  before(async () => {
    dashboard = await openDashboard(dir);
  });
  after(async () => {
    await dashboard?.close();
  });

  it('evaluates once per ledger state: repeated and concurrent requests share it, an import recomputes', async () => {
    const app = createApp(dashboard, { tls: false });
    const overview = async () => {
      const res = await app.request('/api/overview', {
        headers: { Authorization: `Bearer ${viewer.token}` },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      return Overview.parse(await res.json());
    };
    const start = dashboard.evaluations;
    const [a, b, c] = await Promise.all([overview(), overview(), overview()]);
    assert.equal(dashboard.evaluations, start + 1);
    assert.equal(a.evaluated_at, b.evaluated_at);
    assert.equal(b.evaluated_at, c.evaluated_at);
    await overview();
    const controls = await app.request('/api/controls', {
      headers: { Authorization: `Bearer ${viewer.token}` },
    });
    assert.equal(controls.status, 200);
    assert.equal(dashboard.evaluations, start + 1);
    // Kept bodies are per view and filter: a filter still filters, the unfiltered list stays whole.
    const list = async (query: string) => {
      const res = await app.request(`/api/controls${query}`, {
        headers: { Authorization: `Bearer ${viewer.token}` },
      });
      return ((await res.json()) as { controls: { status: string }[] }).controls;
    };
    const all = await list('');
    const effective = await list('?status=effective');
    assert.ok(effective.length > 0 && effective.length < all.length);
    assert.ok(effective.every((x) => x.status === 'effective'));
    assert.equal((await list('')).length, all.length);

    await importRecords('second.jsonl', [record('2026-05-04', 'PR-3')]);
    const after = await overview();
    assert.equal(dashboard.evaluations, start + 2);
    assert.equal(after.ledger.size, a.ledger.size + 1);
    await overview();
    assert.equal(dashboard.evaluations, start + 2);
  });

  it('serves the built dashboard with an SPA fallback, and says how to build it when it is not', async () => {
    const app = createApp(dashboard, { tls: false, webRoot: web });
    const missing = await app.request('/');
    assert.equal(missing.status, 200);
    assert.match(await missing.text(), /npm run build:web/);

    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><title>Evident</title><script src="/assets/app.js"></script>',
    );
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1);');
    writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
    const index = await app.request('/');
    assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await index.text(), /<title>Evident<\/title>/);
    const js = await app.request('/assets/app.js');
    assert.match(js.headers.get('content-type') ?? '', /^(text|application)\/javascript/);
    const css = await app.request('/assets/app.css');
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const route = await app.request('/controls/vuln-scan');
    assert.equal(route.status, 200);
    assert.match(await route.text(), /<title>Evident<\/title>/);
    assert.equal((await app.request('/assets/gone.js')).status, 404);
    assert.equal((await app.request('/api/unknown')).status, 404);
    writeFileSync(join(root, 'secret.json'), '{"secret":true}');
    for (const path of ['/%2e%2e/secret.json', '/assets/..%2f..%2fsecret.json', '/..%5csecret.json']) {
      const res = await app.request(path);
      assert.doesNotMatch(await res.text(), /"secret":true/, path);
    }
  });
});
