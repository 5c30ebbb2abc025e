import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workerFlags } from './leaf-check-pool.ts';

describe('verify worker flags', () => {
  it('keep the profiling flags and drop loaders and V8 flags, which a worker refuses or need not run', () => {
    assert.deepEqual(
      workerFlags([
        '--expose-gc',
        '--import',
        'tsx',
        '--cpu-prof',
        '--cpu-prof-dir',
        'profiles',
        '--import=tsx',
        '--max-old-space-size=4096',
        '--heap-prof-name=h.heapprofile',
      ]),
      ['--cpu-prof', '--cpu-prof-dir', 'profiles', '--heap-prof-name=h.heapprofile'],
    );
    assert.deepEqual(workerFlags([]), []);
  });
});
