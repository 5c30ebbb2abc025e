import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDebianPackages } from './debian-packages.ts';

/**
 * A self-signed P-256 certificate for 127.0.0.1 (CN and subjectAltName), valid `days`, written as
 * `cert.pem` / `key.pem` (or `<name>.crt` / `<name>.key`) in `dir` with Debian's openssl.
 */
export function selfSignedCert(
  dir: string,
  o: { days?: number; name?: string } = {},
): { cert: string; key: string } {
  ensureDebianPackages(['/usr/bin/openssl'], ['openssl'], 'this test needs the openssl command');
  const cert = join(dir, o.name ? `${o.name}.crt` : 'cert.pem');
  const key = join(dir, o.name ? `${o.name}.key` : 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      String(o.days ?? 1),
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}
