import { parentPort } from 'node:worker_threads';
import { checkLeaves, type LeafRow } from './check-leaves.ts';

/** A verify worker: checks pages of records sent by {@link LeafCheckPool} and returns the results. */
parentPort?.on('message', (message: { batch: number; rows: LeafRow[] }) => {
  const result = checkLeaves(message.rows);
  parentPort?.postMessage({ batch: message.batch, ...result }, [result.hashes.buffer as ArrayBuffer]);
});
