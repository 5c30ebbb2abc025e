/**
 * Progress on a terminal: one rewritten stderr line, at most ten times a second. Silent when stderr is
 * not a terminal or with --json, so scripts and pipes see only the result.
 */
export function progress(enabled: boolean): { update(text: string): void; done(): void } {
  const on = enabled && process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (!on || now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (on && shown) process.stderr.write('\r\x1b[2K');
    },
  };
}
