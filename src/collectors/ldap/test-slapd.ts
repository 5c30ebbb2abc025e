import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from '../../../test/support/debian-packages.ts';
import { freePort } from '../../../test/support/free-port.ts';

/**
 * A throwaway OpenLDAP server for the LDAP collector's tests: Debian's `slapd` with its own slapd.conf
 * (mdb backend, core/cosine/inetorgperson/nis schemas) in a temp dir, on 127.0.0.1 and a free port.
 * When slapd is missing it is installed with apt-get if we are root; otherwise the error names the
 * packages to install.
 */
export type TestSlapd = {
  url: string;
  suffix: string;
  rootDn: string;
  rootPassword: string;
  /** Loads an LDIF file with the Debian `ldapadd` tool, bound as the root DN. */
  ldapadd(file: string): void;
  stop(): Promise<void>;
};

/** The root DN's password of every test server (a test value, never a real secret). */
export const TEST_ROOT_PASSWORD = 'test-root-password-4f1c';
const SLAPD = '/usr/sbin/slapd';
const LDAPADD = '/usr/bin/ldapadd';
const PACKAGES = 'slapd ldap-utils';

const ensureInstalled = (): void =>
  ensureDebianPackages(
    [SLAPD, LDAPADD],
    PACKAGES.split(' '),
    'OpenLDAP is needed for the LDAP collector tests',
  );

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function startTestSlapd(schemas: readonly string[] = []): Promise<TestSlapd> {
  ensureInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'evident-slapd-'));
  mkdirSync(join(dir, 'data'));
  const port = await freePort();
  const suffix = 'dc=example,dc=com';
  const rootDn = `cn=admin,${suffix}`;
  const rootPassword = TEST_ROOT_PASSWORD;
  const include = [
    ...['core', 'cosine', 'inetorgperson', 'nis'].map((s) => `/etc/ldap/schema/${s}.schema`),
    ...schemas,
  ];
  writeFileSync(
    join(dir, 'slapd.conf'),
    [
      ...include.map((file) => `include ${file}`),
      `pidfile ${join(dir, 'slapd.pid')}`,
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      'database mdb',
      'maxsize 16777216',
      `suffix "${suffix}"`,
      `rootdn "${rootDn}"`,
      `rootpw ${rootPassword}`,
      `directory ${join(dir, 'data')}`,
      '',
    ].join('\n'),
  );
  const url = `ldap://127.0.0.1:${port}`;
  // `-d 0` keeps slapd in the foreground (so it is our child and dies with its pid) without debug output.
  const child = spawn(SLAPD, ['-d', '0', '-h', `${url}/`, '-f', join(dir, 'slapd.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (b: Buffer) => {
    log += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    log += b.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`slapd did not start on ${url}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    suffix,
    rootDn,
    rootPassword,
    ldapadd(file) {
      execFileSync(LDAPADD, ['-x', '-H', url, '-D', rootDn, '-w', rootPassword, '-f', file], {
        stdio: 'pipe',
      });
    },
    stop,
  };
}
