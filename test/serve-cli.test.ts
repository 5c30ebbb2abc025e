import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { json, runCli } from './run-cli.ts';
import { acceptsConnections } from './support/free-port.ts';
import { selfSignedCert } from './support/self-signed-cert.ts';

/** `evident init`'s admin token, `evident token`, and `evident serve` as a process, over HTTP and TLS 1.3. */
const BIN = fileURLToPath(new URL('../bin/evident.js', import.meta.url));
const TOKEN = /^evd_[A-Za-z0-9_-]{43}$/;
const root = mkdtempSync(join(tmpdir(), 'evident-serve-cli-'));
const dir = join(root, 'programme');
const secrets: string[] = [];
let initToken = '';

type Served = { child: ChildProcess; url: string; exit: Promise<number | null> };

/** Starts `evident serve` and waits for the URL it prints. */
function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '-C', dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      const url = /(https?:\/\/\S+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url, exit });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk;
    });
    void exit.then((code) => reject(new Error(`evident serve exited ${code}: ${out}${err}`)));
  });
}

const stop = async (s: Served, signal: NodeJS.Signals) => {
  s.child.kill(signal);
  return s.exit;
};

/** Every file under a folder, recursively. */
const filesUnder = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => filesUnder(join(path, n))) : [path];

before(async () => {
  const init = await runCli(['init', '-C', dir, '--yes', '--json']);
  assert.equal(init.code, 0, init.stderr);
  initToken = json<{ admin_token: string }>(init).admin_token;
  secrets.push(initToken);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('evident init and evident token', () => {
  it('init makes an admin token, prints it once, and keeps it out of its files', async () => {
    assert.match(initToken, TOKEN);
    const text = await runCli(['init', '-C', join(root, 'other'), '--yes']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Admin token for `evident serve`[^\n]*\n {2}evd_[A-Za-z0-9_-]{43}\n/);
    for (const file of filesUnder(join(dir, '.evident')))
      assert.ok(!readFileSync(file).includes(initToken), `${file} holds the token`);
  });

  it('token create, list and revoke print their JSON shapes, never a stored token', async () => {
    const created = await runCli([
      'token',
      'create',
      '-C',
      dir,
      '--role',
      'viewer',
      '--label',
      'auditor',
      '--json',
    ]);
    assert.equal(created.code, 0, created.stderr);
    const viewer = json<{ token: string; role: string; id: string }>(created);
    assert.deepEqual(Object.keys(viewer).sort(), ['id', 'role', 'token']);
    assert.match(viewer.token, TOKEN);
    assert.equal(viewer.role, 'viewer');
    secrets.push(viewer.token);

    const list = await runCli(['token', 'list', '-C', dir, '--json']);
    assert.equal(list.code, 0, list.stderr);
    const { tokens } = json<{ tokens: Record<string, unknown>[] }>(list);
    assert.deepEqual(
      tokens.map((t) => [t.role, t.label, t.revoked_at]),
      [
        ['admin', 'created by evident init', null],
        ['viewer', 'auditor', null],
      ],
    );
    for (const t of tokens)
      assert.deepEqual(Object.keys(t).sort(), ['created_at', 'id', 'label', 'revoked_at', 'role']);
    assert.ok(!list.stdout.includes('evd_'));

    const revoked = await runCli(['token', 'revoke', viewer.id, '-C', dir, '--json']);
    assert.equal(revoked.code, 0, revoked.stderr);
    const row = json<{ id: string; revoked_at: string | null }>(revoked);
    assert.equal(row.id, viewer.id);
    assert.ok(row.revoked_at && !Number.isNaN(Date.parse(row.revoked_at)));
    const again = json<{ tokens: { id: string; revoked_at: string | null }[] }>(
      await runCli(['token', 'list', '-C', dir, '--json']),
    );
    assert.equal(again.tokens.find((t) => t.id === viewer.id)?.revoked_at, row.revoked_at);

    const unknown = await runCli(['token', 'revoke', 'nope', '-C', dir, '--json']);
    assert.equal(unknown.code, 2);
    assert.equal((JSON.parse(unknown.stderr) as { error: { code: string } }).error.code, 'not_found');
    assert.equal((await runCli(['token', 'create', '-C', dir, '--role', 'owner'])).code, 2);
  });
});

describe('evident serve', () => {
  it('serves on loopback, accepts the init token, and stops cleanly on SIGTERM', async () => {
    const s = await serve(['--port', '0']);
    const { port, hostname, protocol } = new URL(s.url);
    assert.equal(`${protocol}//${hostname}`, 'http://127.0.0.1');
    assert.deepEqual(await (await fetch(new URL('/api/health', s.url))).json(), { ok: true });
    const me = await fetch(new URL('/api/me', s.url), { headers: { Authorization: `Bearer ${initToken}` } });
    assert.equal(((await me.json()) as { role: string }).role, 'admin');
    const created = json<{ token: string }>(
      await runCli(['token', 'create', '-C', dir, '--role', 'admin', '--json']),
    );
    secrets.push(created.token);
    const live = await fetch(new URL('/api/me', s.url), {
      headers: { Authorization: `Bearer ${created.token}` },
    });
    assert.equal(live.status, 200, 'a token made while the server runs works at once');
    assert.equal(await stop(s, 'SIGTERM'), 0);
    assert.equal(await acceptsConnections(Number(port)), false);
  });

  it('keeps no token in clear anywhere under .evident (database included)', () => {
    const files = filesUnder(join(dir, '.evident'));
    assert.ok(files.some((f) => f.endsWith('evidence.db')));
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of secrets) {
        assert.ok(!bytes.includes(secret), `${file} holds a token`);
        assert.ok(!bytes.includes(secret.slice(4)), `${file} holds a token's secret part`);
      }
    }
  });

  it('refuses bad options with exit 2', async () => {
    for (const args of [
      ['--tls-cert', join(root, 'x.pem')],
      ['--port', '70000'],
      ['--port', 'http'],
    ]) {
      const r = await runCli(['serve', '-C', dir, ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    }
  });

  it('serves TLS 1.3 only, with HSTS', { timeout: 120_000 }, async () => {
    const { cert, key } = selfSignedCert(root);
    const s = await serve(['--port', '0', '--tls-cert', cert, '--tls-key', key]);
    const { port, protocol } = new URL(s.url);
    assert.equal(protocol, 'https:');
    const https = (path: string, method = 'GET', body?: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request(
          new URL(path, s.url),
          { method, ca: readFileSync(cert), headers: body ? { 'Content-Type': 'application/json' } : {} },
          (r) => {
            let text = '';
            r.on('data', (c: Buffer) => {
              text += c;
            });
            r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: text }));
          },
        );
        req.once('error', reject);
        req.end(body);
      });
    const res = await https('/api/health');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['strict-transport-security']), /^max-age=\d+/);
    assert.equal(res.body, '{"ok":true}');
    const signIn = await https('/api/session', 'POST', JSON.stringify({ token: initToken }));
    assert.equal(signIn.status, 204);
    assert.match(String(signIn.headers['set-cookie']), /; Secure/);

    const sClient = (version: string) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        const child = execFile(
          'openssl',
          ['s_client', '-connect', `127.0.0.1:${port}`, version, '-CAfile', cert],
          { timeout: 30_000 },
          (error, stdout, stderr) =>
            resolve({
              code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
              out: stdout + stderr,
            }),
        );
        child.stdin?.end();
      });
    const old = await sClient('-tls1_2');
    assert.notEqual(old.code, 0, old.out);
    const current = await sClient('-tls1_3');
    assert.equal(current.code, 0, current.out);
    assert.match(current.out, /TLSv1\.3/);
    assert.equal(await stop(s, 'SIGINT'), 0);
  });
});
