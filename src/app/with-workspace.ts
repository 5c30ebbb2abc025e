import { openWorkspace, type Workspace } from './workspace.ts';

/** Opens the workspace of `dir`, runs `fn`, and always closes the store. */
export async function withWorkspace<T>(dir: string, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await openWorkspace(dir);
  try {
    return await fn(ws);
  } finally {
    await ws.store.close();
  }
}
