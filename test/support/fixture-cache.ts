import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The folder that holds this run's built fixtures. `npm run test:unit` sets it (test/support/
 * with-fixture-cache.ts) to a new temporary folder that it removes when the run ends, so a fixture is
 * never older than the code under test. Unset when a test file is run on its own: fixtures are then
 * built where they are used.
 */
export const FIXTURE_CACHE_ENV = 'EVIDENT_TEST_FIXTURE_CACHE';

/** Lets a waiting test file see whether the process building a fixture still runs. */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The lock's holder has ended without finishing (or releasing) it. */
function abandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && !alive(pid);
  } catch {
    // No pid yet: the holder has just made the lock, unless it died before it could write one.
    try {
      return Date.now() - statSync(lock).mtimeMs > 30_000;
    } catch {
      return false;
    }
  }
}

/** Inside a built fixture: what `build` returned. Not copied to the callers. */
const VALUE = '.fixture-value.json';

/**
 * Fills the existing folder `root` with the fixture `build` makes there, and returns what `build`
 * returned (JSON). With a run's cache, the first test file to ask builds it once, under a mkdir lock
 * (test files run in parallel processes), and every caller gets its own copy, so no test sees another's
 * changes. What `build` makes must not depend on where it is (no absolute paths inside).
 */
export async function cachedFixture<T>(
  key: string,
  root: string,
  build: (root: string) => Promise<T>,
): Promise<T> {
  const cache = process.env[FIXTURE_CACHE_ENV];
  if (!cache) return build(root);
  const built = join(cache, key);
  const lock = `${built}.lock`;
  while (!existsSync(built)) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (!existsSync(built)) await buildOnce(built, build);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  const value = join(built, VALUE);
  cpSync(built, root, { recursive: true, preserveTimestamps: true, filter: (path) => path !== value });
  return JSON.parse(readFileSync(value, 'utf8')) as T;
}

/** Builds in a folder of this process's own, then renames it into place: it appears whole or not at all. */
async function buildOnce<T>(built: string, build: (root: string) => Promise<T>): Promise<void> {
  const building = `${built}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building);
  try {
    writeFileSync(join(building, VALUE), JSON.stringify(await build(building)));
    try {
      renameSync(building, built);
    } catch (error) {
      // Another process finished the same fixture first (after taking over a lock it took for abandoned).
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}
