import { type VerifyReport, verifyLedger } from '../ledger/verify-ledger.ts';
import { withWorkspace } from './with-workspace.ts';

/**
 * `evident verify`: the database's own integrity check, then the ledger re-derived from scratch. The
 * verifier key is taken from the workspace and also pinned in the database at first use, so swapping
 * the key file alone is noticed.
 */
export function verifyWorkspace(dir: string, onProgress?: (done: number) => void): Promise<VerifyReport> {
  return withWorkspace(dir, async ({ store, verifierKey, origin, keyring }) => {
    const pinned = await store.initMeta('verifier_key', verifierKey);
    const report = await verifyLedger(store, {
      verifierKey: pinned,
      origin,
      keys: keyring.all,
      ...(onProgress ? { onProgress } : {}),
    });
    const problems = [
      ...(await store.integrityCheck()).map((p) => ({ item: 'database', problem: p })),
      ...(pinned === verifierKey
        ? []
        : [
            { item: 'ledger key', problem: 'the key file differs from the key this ledger was created with' },
          ]),
      ...report.problems,
    ];
    return { ...report, ok: problems.length === 0, problems };
  });
}
