import type { AccessStore } from '../../store/store.ts';
import { accessStoreOf } from '../auth/with-access-store.ts';
import { openWorkspace, type Workspace } from '../workspace.ts';
import type { DashboardEvaluation } from './compute-evaluation.ts';
import { EvaluationCache } from './evaluation-cache.ts';
import { LiveWorkspace } from './live-workspace.ts';

/** What the HTTP server serves: one programme, its one open store, and the cached evaluation. */
export type Dashboard = {
  dir: string;
  /** The open workspace, with the programme as its files are now. */
  workspace(): Workspace;
  access: AccessStore;
  evaluation(): Promise<DashboardEvaluation>;
  /** How many times the evaluation was computed since the dashboard opened. */
  readonly evaluations: number;
  close(): Promise<void>;
};

/** Opens the programme in `dir` for serving; `close` waits for a computation in progress first. */
export async function openDashboard(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<Dashboard> {
  const ws = await openWorkspace(dir, env);
  let access: AccessStore;
  try {
    access = await accessStoreOf(ws);
  } catch (error) {
    await ws.store.close();
    throw error;
  }
  const live = new LiveWorkspace(ws);
  const cache = new EvaluationCache(live);
  let closing: Promise<void> | undefined;
  return {
    dir: ws.programme.dir,
    workspace: () => live.current().ws,
    access,
    evaluation: () => cache.get(),
    get evaluations() {
      return cache.evaluations;
    },
    close() {
      closing ??= cache.settle().then(() => live.close());
      return closing;
    },
  };
}
