import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { initProgramme } from '../init-programme.ts';
import { openWorkspace } from '../workspace.ts';
import { LiveWorkspace, PROGRAMME_RECHECK_MS } from './live-workspace.ts';

describe('LiveWorkspace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-live-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows an edit of evident.yaml within a second, looking at the files at most once a second', async () => {
    initProgramme({ dir, organisation: 'Before Ltd' });
    const live = new LiveWorkspace(await openWorkspace(dir, process.env), 1_000_000);
    try {
      const first = live.current(1_000_000);
      assert.equal(first.ws.programme.organisation.name, 'Before Ltd');
      const yaml = join(dir, 'evident.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replaceAll('Before Ltd', 'After Ltd'));
      // Within the second: the programme as last read, same stamp.
      const soon = live.current(1_000_000 + PROGRAMME_RECHECK_MS - 1);
      assert.equal(soon.ws.programme.organisation.name, 'Before Ltd');
      assert.equal(soon.stamp, first.stamp);
      // A second later: read again, with a new stamp (so the evaluation cache recomputes).
      const later = live.current(1_000_000 + PROGRAMME_RECHECK_MS);
      assert.equal(later.ws.programme.organisation.name, 'After Ltd');
      assert.notEqual(later.stamp, first.stamp);
      // The same store stays open.
      assert.equal(later.ws.store, first.ws.store);
      // A clock set back looks again too.
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replaceAll('After Ltd', 'Again Ltd'));
      assert.equal(live.current(5).ws.programme.organisation.name, 'Again Ltd');
    } finally {
      await live.close();
    }
  });
});
