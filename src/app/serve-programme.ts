export type { Dashboard } from './dashboard/open-dashboard.ts';

export type ServeOptions = {
  port?: number;
  host?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** Called once the server listens, with its URL (e.g. to print it). */
  onListening?: (url: string) => void;
};

export type Serving = { url: string; close(): Promise<void> };

/**
 * `evident serve`: serves the programme in `dir` over HTTP until `close`. Implemented by the HTTP surface
 * (src/server/serve-programme.ts), which the composition root hands to whoever starts a server, since
 * app never imports a surface (ARCHITECTURE.md).
 */
export type ServeProgramme = (dir: string, o: ServeOptions) => Promise<Serving>;

export const DEFAULT_PORT = 4180;
/** Loopback by default: the API is reachable from elsewhere only when asked for (`--host`). */
export const DEFAULT_HOST = '127.0.0.1';

/** True for addresses only this machine reaches. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
