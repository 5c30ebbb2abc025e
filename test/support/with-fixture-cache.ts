// `node --import tsx test/support/with-fixture-cache.ts <command> [args…]`: runs the command (the test
// runner, in `npm run test:unit`) with a new, empty fixture cache for this run (support/fixture-cache.ts),
// removes the cache when the command ends, and exits as the command did.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CACHE_ENV } from './fixture-cache.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: with-fixture-cache.ts <command> [args…]');

const cache = mkdtempSync(join(tmpdir(), 'evident-test-fixtures-'));
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, [FIXTURE_CACHE_ENV]: cache } });
// Stopped (Ctrl-C, or a CI job's SIGTERM): the runner stops its tests, then the cache is removed.
const forward = (signal: NodeJS.Signals) => () => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('error', (error) => {
  rmSync(cache, { recursive: true, force: true });
  throw error;
});
child.on('exit', (code, signal) => {
  rmSync(cache, { recursive: true, force: true });
  process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
});
