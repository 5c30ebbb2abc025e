import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const INDEX = join(REPO, 'web', 'dist', 'index.html');
const VITE = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');

/** What the build reads: the app's sources, its page and config, and the locked dependencies. */
const INPUTS = ['web/src', 'web/index.html', 'web/vite.config.ts', 'package-lock.json'];

const newest = (path: string): number => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  // A folder's own time changes when a file in it is removed or renamed.
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/** True when web/dist/index.html was written after every input of the build was last changed. */
export function dashboardBuildIsFresh(): boolean {
  if (!existsSync(INDEX)) return false;
  const built = statSync(INDEX).mtimeMs;
  return INPUTS.map((p) => join(REPO, p))
    .filter((p) => existsSync(p))
    .every((p) => newest(p) < built);
}

/**
 * Builds the dashboard into web/dist as `npm run build:web` does, unless the build there is newer than
 * its inputs (docs/dashboard.md); `evident serve` serves that folder. Resolves whether it built.
 */
export function buildDashboard(): Promise<boolean> {
  if (dashboardBuildIsFresh()) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [VITE, 'build', '--config', 'web/vite.config.ts'],
      { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`vite build failed:\n${stdout}${stderr}`, { cause: error }));
        else resolve(true);
      },
    );
  });
}
