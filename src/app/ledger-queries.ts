import { EvidentError } from '../core/errors.ts';
import { consistencyProof, inclusionProof, rootAt } from '../ledger/stored-tree.ts';
import { withWorkspace } from './with-workspace.ts';

const hex = (b: Buffer) => b.toString('hex');

export const ledgerRoot = (dir: string) =>
  withWorkspace(dir, async ({ store }) => {
    const { size, root } = await store.head();
    return { size, root };
  });

/** Streams `{index, leaf}` lines (leaf = base64 of the leaf bytes), in index order. */
export async function exportLedger(
  dir: string,
  write: (line: string) => void | Promise<void>,
): Promise<number> {
  return withWorkspace(dir, async ({ store }) => {
    let count = 0;
    for (let after = -1; ; ) {
      const rows = await store.evidencePage(after, 5000);
      if (!rows.length) return count;
      for (const r of rows) {
        await write(JSON.stringify({ index: r.seq, leaf: Buffer.from(r.body).toString('base64') }));
        count++;
      }
      after = rows.at(-1)?.seq ?? after;
    }
  });
}

const checkSize = (size: number | undefined, current: number, what: string) => {
  const n = size ?? current;
  if (!Number.isInteger(n) || n < 0 || n > current) {
    throw new EvidentError(
      'bad_input',
      `${what} must be a whole number from 0 to the ledger size ${current}, got ${n}`,
    );
  }
  return n;
};

export const proveInclusion = (dir: string, index: number, size?: number) =>
  withWorkspace(dir, async ({ store }) => {
    const head = await store.head();
    const n = checkSize(size, head.size, '--size');
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new EvidentError('bad_input', `--index must be a whole number from 0 to ${n - 1}, got ${index}`);
    }
    const [leafHash] = await store.leafHashes(index, index + 1);
    const proof = await inclusionProof(store, index, n);
    return {
      index,
      size: n,
      leaf_hash: leafHash ?? '',
      proof: proof.map(hex),
      root: hex(await rootAt(store, n)),
    };
  });

export const proveConsistency = (dir: string, from: number, to?: number) =>
  withWorkspace(dir, async ({ store }) => {
    const head = await store.head();
    const n = checkSize(to, head.size, '--to');
    const m = checkSize(from, n, '--from');
    const proof = await consistencyProof(store, m, n);
    return {
      from: m,
      to: n,
      proof: proof.map(hex),
      old_root: hex(await rootAt(store, m)),
      root: hex(await rootAt(store, n)),
    };
  });

export const latestCheckpoint = (dir: string) =>
  withWorkspace(dir, async ({ store }) => {
    const cp = await store.latestCheckpoint();
    if (!cp) throw new EvidentError('not_found', 'no checkpoint yet: import or collect evidence first');
    return cp.note;
  });
