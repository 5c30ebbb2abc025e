import { openProgramme } from '../open-programme.ts';
import type { Workspace } from '../workspace.ts';
import { programmeStamp } from './programme-stamp.ts';

/**
 * One open workspace for a long-running server: the store stays open, and the programme is read again
 * whenever its files change, so an edit of evident.yaml shows without a restart.
 */
export class LiveWorkspace {
  #ws: Workspace;
  #stamp: string;

  constructor(ws: Workspace) {
    this.#ws = ws;
    this.#stamp = programmeStamp(ws.programme.dir);
  }

  /** The workspace with the programme as its files are now, and the stamp of those files. */
  current(): { ws: Workspace; stamp: string } {
    const stamp = programmeStamp(this.#ws.programme.dir);
    if (stamp !== this.#stamp) {
      this.#ws = { ...this.#ws, ...openProgramme(this.#ws.programme.dir) };
      this.#stamp = stamp;
    }
    return { ws: this.#ws, stamp };
  }

  close(): Promise<void> {
    return this.#ws.store.close();
  }
}
