import type { Command } from 'commander';
import { createToken } from '../../app/auth/manage-tokens.ts';
import { createDemo, type DemoResult } from '../../app/demo/create-demo.ts';
import { parseCount } from '../../app/parse-args.ts';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, type ServeProgramme } from '../../app/serve-programme.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';

type DemoOptions = {
  dir: string;
  serve: boolean;
  port: string;
  host: string;
  people: string;
  json?: boolean;
};

/** The `--json` shape (docs/demo.md): what was made, the admin token only when it was made now. */
const demoJson = (r: DemoResult) => ({
  dir: r.dir,
  organisation: r.organisation,
  period: r.period,
  records: r.records,
  ...(r.admin_token ? { admin_token: r.admin_token } : {}),
  planted: r.planted,
});

function printDemo(r: DemoResult): void {
  printLine(
    `${r.reused ? 'Using the demo company' : 'Created the demo company'} ${r.organisation} in ${r.dir}`,
  );
  printLine(
    `  SOC 2 Type II period ${r.period.start} to ${r.period.end}, ${r.records.toLocaleString('en')} evidence records`,
  );
  printLine();
  printLine('Planted problems (evident evaluate and the dashboard show them):');
  printTable(
    ['  control', 'shows as', 'what'],
    r.planted.map((p) => [`  ${p.control}`, p.shows, p.what]),
  );
  printLine();
  if (r.admin_token) {
    printLine('Admin token for the dashboard (shown only now; `evident token create` makes more):');
    printLine(`  ${r.admin_token}`);
  } else {
    printLine(
      `The admin token was shown when the demo was made; \`evident token create -C ${r.dir} --role admin\` makes another.`,
    );
  }
  printLine();
  printLine(
    `Try: evident evaluate -C ${r.dir}   ·   evident report -C ${r.dir}   ·   evident verify -C ${r.dir}`,
  );
}

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
const stopSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

export const demoCommand = (program: Command, serve: ServeProgramme): Command =>
  program
    .command('demo')
    .description(
      'create a fictional company with twelve months of evidence and planted problems (docs/demo.md), then serve its dashboard',
    )
    .option('-C, --dir <path>', 'the demo folder (reused when it holds a demo already)', 'evident-demo')
    .option('--no-serve', 'create the demo and exit, without serving the dashboard')
    .option('--port <n>', 'the port of the dashboard (0: any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'the address the dashboard listens on', DEFAULT_HOST)
    .option('--people <n>', 'the size of the fictional company (at least 5); evidence grows with it', '20')
    .option('--json', 'print what was created as JSON (shape in docs/demo.md)')
    .action(async (o: DemoOptions) => {
      const port = o.serve ? parseCount('--port', o.port) : undefined;
      const result = await createDemo(o.dir, {
        people: parseCount('--people', o.people),
        onProgress: (message) => {
          if (!o.json) process.stderr.write(`${message}\n`);
        },
      });
      if (o.json) printJson(demoJson(result));
      else printDemo(result);
      if (port === undefined) return;
      if (!isLoopback(o.host))
        printWarnings([
          `${o.host} is reachable from other machines: the demo's dashboard is served without TLS`,
        ]);
      const stopped = stopSignal();
      // With --json, stdout carries the JSON only.
      const say = (line: string) => (o.json ? process.stderr.write(`${line}\n`) : printLine(line));
      // A reused demo's first token was shown when it was made: a fresh one signs this browser in.
      const token =
        result.admin_token ??
        (await createToken(result.dir, { role: 'admin', label: 'evident demo sign-in link' })).token;
      const serving = await serve(result.dir, {
        port,
        host: o.host,
        onListening: (url) => {
          say(`The demo's dashboard is at ${url} (Ctrl-C to stop). Open this link to sign in:`);
          say(`  ${url.replace(/\/$/, '')}/#token=${token}`);
        },
      });
      const signal = await stopped;
      process.stderr.write(`${signal}: stopping…\n`);
      await serving.close();
    });
