import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type PreparedServe, prepareServe } from '../app/dashboard/prepare-serve.ts';
import { EvidentError } from '../app/errors.ts';
import type { ServeProgramme } from '../app/serve-programme.ts';
import { createApp } from './create-app.ts';

/**
 * `evident serve`: the API and dashboard of the programme in `dir`, on `host:port` (default
 * 127.0.0.1:4180), over TLS 1.3 only when given a certificate and key. `close` stops accepting, ends
 * open connections, waits for an evaluation in progress and closes the store.
 */
export const serveProgramme: ServeProgramme = async (dir, o) => {
  const prepared = await prepareServe(dir, o);
  let server: ServerType;
  try {
    server = await listen(prepared);
  } catch (error) {
    await prepared.dashboard.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = prepared.host.includes(':') ? `[${prepared.host}]` : prepared.host;
  const url = `${prepared.tls ? 'https' : 'http'}://${host}:${port}/`;
  o.onListening?.(url);
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= stop(server).then(() => prepared.dashboard.close());
      return closing;
    },
  };
};

function listen(p: PreparedServe): Promise<ServerType> {
  const app = createApp(p.dashboard, { tls: p.tls !== undefined });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve(
        {
          fetch: app.fetch,
          port: p.port,
          hostname: p.host,
          // TLS 1.3 only (docs/api.md): older versions are refused at the handshake.
          ...(p.tls
            ? {
                createServer: createHttpsServer,
                serverOptions: { ...p.tls, minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' },
              }
            : {}),
        },
        () => resolve(server),
      );
    } catch (cause) {
      throw new EvidentError(
        'bad_input',
        `the TLS certificate or key cannot be used: ${(cause as Error).message}`,
        {
          cause,
        },
      );
    }
    server.once('error', (cause: Error) =>
      reject(new EvidentError('io', `cannot listen on ${p.host}:${p.port}: ${cause.message}`, { cause })),
    );
  });
}

function stop(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
