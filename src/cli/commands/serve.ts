import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, type ServeProgramme } from '../../app/serve-programme.ts';
import { type CommonOptions, withDir } from '../options.ts';
import { printLine, printWarnings } from '../output.ts';

type ServeOptions = CommonOptions & { port: string; host: string; tlsCert?: string; tlsKey?: string };

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
const stopSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

/**
 * `evident serve`. The server itself is handed in by the composition root (src/cli/program.ts), since a
 * command imports src/app only (ARCHITECTURE.md).
 */
export const serveCommand = (program: Command, serve: ServeProgramme): Command =>
  withDir(program.command('serve'))
    .description('serve the HTTP API and the dashboard until Ctrl-C (docs/api.md)')
    .option('--port <n>', 'the port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'the address to listen on', DEFAULT_HOST)
    .option('--tls-cert <file>', 'serve HTTPS (TLS 1.3 only) with this PEM certificate chain')
    .option('--tls-key <file>', 'the PEM private key of --tls-cert')
    .action(async (o: ServeOptions) => {
      const tls = o.tlsCert !== undefined || o.tlsKey !== undefined;
      if (!isLoopback(o.host) && !tls)
        printWarnings([
          `${o.host} is reachable from other machines and tokens would cross the network in clear: give --tls-cert and --tls-key`,
        ]);
      const stopped = stopSignal();
      const serving = await serve(o.dir, {
        port: Number(o.port),
        host: o.host,
        ...(o.tlsCert ? { tlsCert: o.tlsCert } : {}),
        ...(o.tlsKey ? { tlsKey: o.tlsKey } : {}),
        onListening: (url) => printLine(`Evident is serving ${o.dir} at ${url} (Ctrl-C to stop)`),
      });
      const signal = await stopped;
      process.stderr.write(`${signal}: stopping…\n`);
      await serving.close();
    });
