import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { ensureDebianPackages } from '../../../test/support/debian-packages.ts';
import { freePort } from '../../../test/support/free-port.ts';

/**
 * Test support: real TLS servers (`openssl s_server`) and the certificates they present, made with the
 * `openssl` command line in a temp dir. Only the tests of this folder use it.
 */

/** Makes sure the `openssl` command exists: installs Debian's package as root, else says what to install. */
export const ensureOpenssl = (): void =>
  ensureDebianPackages(['/usr/bin/openssl'], ['openssl'], 'the tls collector tests need the openssl command');

function openssl(args: string[], cwd: string): void {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`);
}

export type Pki = {
  /** A self-signed certificate for localhost and 127.0.0.1, valid 30 days from now. */
  selfSigned: { cert: string; key: string };
  /** A certificate from `caCert` that expired on 2020-02-01T00:00:00Z. */
  expired: { cert: string; key: string };
  caCert: string;
  /** `selfSigned.cert` and `caCert` in one PEM file: the private PKI a `ca` option points at. */
  trustBundle: string;
};

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const SAN = 'subjectAltName=DNS:localhost,IP:127.0.0.1';

/**
 * OpenSSL 3.0's `req -x509` has no -not_before/-not_after (added in 3.4), so the expired certificate is
 * issued by `openssl ca`, whose -startdate/-enddate take any past dates.
 */
export function makePki(dir: string): Pki {
  const at = (name: string) => join(dir, name);
  const self = [
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-days',
    '30',
    '-subj',
    '/CN=localhost',
    '-addext',
    SAN,
  ];
  openssl(['req', '-x509', ...EC_KEY, ...self], dir);
  openssl(
    [
      'req',
      '-x509',
      ...EC_KEY,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=Evident Test CA',
    ],
    dir,
  );
  openssl(['req', ...EC_KEY, '-keyout', 'expired.key', '-out', 'expired.csr', '-subj', '/CN=localhost'], dir);
  mkdirSync(at('ca-db'));
  writeFileSync(at('ca-db/index.txt'), '');
  writeFileSync(at('ca-db/serial'), '01\n');
  writeFileSync(
    at('ca.cnf'),
    [
      '[ca]',
      'default_ca = local',
      '[local]',
      'database = ca-db/index.txt',
      'serial = ca-db/serial',
      'new_certs_dir = ca-db',
      'default_md = sha256',
      'policy = any',
      'x509_extensions = leaf',
      'unique_subject = no',
      '[any]',
      'commonName = supplied',
      '[leaf]',
      SAN,
      'basicConstraints = CA:FALSE',
      '',
    ].join('\n'),
  );
  const expiredArgs = ['-in', 'expired.csr', '-out', 'expired.pem', '-notext'];
  const caArgs = ['-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key'];
  openssl(
    ['ca', ...caArgs, ...expiredArgs, '-startdate', '20200101000000Z', '-enddate', '20200201000000Z'],
    dir,
  );
  const bundle = at('trust.pem');
  writeFileSync(bundle, readFileSync(at('self.pem'), 'utf8') + readFileSync(at('ca.pem'), 'utf8'));
  return {
    selfSigned: { cert: at('self.pem'), key: at('self.key') },
    expired: { cert: at('expired.pem'), key: at('expired.key') },
    caCert: at('ca.pem'),
    trustBundle: bundle,
  };
}

export { freePort };

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export type RunningServer = { port: number; stop(): Promise<void> };

/** Starts `openssl s_server` with `args` on a free port and waits until it accepts connections. */
export async function startServer(
  cert: { cert: string; key: string },
  args: string[],
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'openssl',
    [
      's_server',
      '-accept',
      `127.0.0.1:${port}`,
      '-cert',
      cert.cert,
      '-key',
      cert.key,
      ...args,
      '-www',
      '-quiet',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`openssl s_server ${args.join(' ')} did not start on port ${port}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, stop };
}
