import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure a system peer a test needs is installed: when any of `binaries` is missing, installs the
 * Debian `packages` with apt-get if running as root, else fails saying exactly what to install. Tests
 * never skip silently for want of a peer.
 */
export function ensureDebianPackages(
  binaries: readonly string[],
  packages: readonly string[],
  why: string,
): void {
  if (binaries.every((b) => existsSync(b))) return;
  const install = `apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`${why}: install the Debian packages (${install})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { env, stdio: 'pipe' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      env,
      stdio: 'pipe',
    });
  } catch (cause) {
    throw new Error(`${why}: could not run "${install}"; install the packages and re-run`, { cause });
  }
  const missing = binaries.filter((b) => !existsSync(b));
  if (missing.length) throw new Error(`${why}: ${missing.join(', ')} still missing after "${install}"`);
}
