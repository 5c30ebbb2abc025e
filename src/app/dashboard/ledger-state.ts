import type { Workspace } from '../workspace.ts';

/** `GET /api/ledger`: the ledger head, its latest signed checkpoint and the key that verifies it. */
export async function ledgerState(ws: Workspace) {
  const head = await ws.store.head();
  const checkpoint = await ws.store.latestCheckpoint();
  return {
    size: head.size,
    root: head.root,
    checkpoint: checkpoint?.note ?? null,
    verifier_key: ws.verifierKey,
  };
}
