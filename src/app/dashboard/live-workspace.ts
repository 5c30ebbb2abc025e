import { openProgramme } from '../open-programme.ts';
import type { Workspace } from '../workspace.ts';
import { programmeStamp } from './programme-stamp.ts';

/** How long the programme files are trusted unchanged: at most one look at them per this many ms. */
export const PROGRAMME_RECHECK_MS = 1000;

/**
 * One open workspace for a long-running server: the store stays open, and the programme is read again
 * whenever its files change, so an edit of evident.yaml shows without a restart. The files are looked
 * at (one stat per file) at most once a second, not on every request: an edit shows within a second,
 * and a busy server does not stat every control file for each of thousands of requests.
 */
export class LiveWorkspace {
  #ws: Workspace;
  #stamp: string;
  #checkedAt: number;

  constructor(ws: Workspace, now = Date.now()) {
    this.#ws = ws;
    this.#stamp = programmeStamp(ws.programme.dir);
    this.#checkedAt = now;
  }

  /** The workspace with the programme as its files are now (as of the last look), and their stamp. */
  current(now = Date.now()): { ws: Workspace; stamp: string } {
    // A clock set back also looks again.
    if (now - this.#checkedAt >= PROGRAMME_RECHECK_MS || now < this.#checkedAt) {
      this.#checkedAt = now;
      const stamp = programmeStamp(this.#ws.programme.dir);
      if (stamp !== this.#stamp) {
        this.#ws = { ...this.#ws, ...openProgramme(this.#ws.programme.dir) };
        this.#stamp = stamp;
      }
    }
    return { ws: this.#ws, stamp: this.#stamp };
  }

  close(): Promise<void> {
    return this.#ws.store.close();
  }
}
