import type { AccessStore } from '../../store/store.ts';
import { withWorkspace } from '../with-workspace.ts';
import { type Workspace, workspacePaths } from '../workspace.ts';
import { adoptInitToken } from './init-token.ts';

/** The open workspace's token store, with the token `evident init` made already in it. */
export async function accessStoreOf(ws: Workspace): Promise<AccessStore> {
  await adoptInitToken(workspacePaths(ws.programme.dir).state, ws.store);
  return ws.store.access;
}

/** Opens the workspace of `dir`, runs `fn` on its token store, and closes it. */
export const withAccessStore = <T>(dir: string, fn: (access: AccessStore) => Promise<T>): Promise<T> =>
  withWorkspace(dir, async (ws) => fn(await accessStoreOf(ws)));
