import { readFileSync } from 'node:fs';
import { EvidentError } from '../../core/errors.ts';
import { DEFAULT_HOST, DEFAULT_PORT, type ServeOptions } from '../serve-programme.ts';
import { type Dashboard, openDashboard } from './open-dashboard.ts';

export type PreparedServe = {
  dashboard: Dashboard;
  port: number;
  host: string;
  tls?: { cert: Buffer; key: Buffer };
};

/** Checks the options, reads the TLS files and opens the programme; the caller closes the dashboard. */
export async function prepareServe(dir: string, o: ServeOptions): Promise<PreparedServe> {
  const port = o.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new EvidentError('bad_input', `--port: expected a whole number from 0 to 65535, got ${port}`);
  const host = o.host ?? DEFAULT_HOST;
  if (!host.trim()) throw new EvidentError('bad_input', '--host: give an address to listen on');
  if (Boolean(o.tlsCert) !== Boolean(o.tlsKey))
    throw new EvidentError('bad_input', 'give both --tls-cert and --tls-key, or neither');
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (cause) {
      throw new EvidentError(
        'bad_input',
        `cannot read the TLS ${what} ${file}: ${(cause as Error).message}`,
        {
          cause,
        },
      );
    }
  };
  const tls =
    o.tlsCert && o.tlsKey ? { cert: read(o.tlsCert, 'certificate'), key: read(o.tlsKey, 'key') } : undefined;
  const dashboard = await openDashboard(dir);
  return { dashboard, port, host, ...(tls ? { tls } : {}) };
}
