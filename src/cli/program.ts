import { Command } from 'commander';
import type { ServeProgramme } from '../app/serve-programme.ts';

type Register = (program: Command) => Command;

/** Loaded only when a server starts, so other commands do not pay for the HTTP stack at start-up. */
const serveProgramme: ServeProgramme = async (dir, o) =>
  (await import('../server/serve-programme.ts')).serveProgramme(dir, o);

/**
 * Every command, in the order help lists them, each loaded on demand: a command's module pulls in its
 * use cases (and their libraries), and starting Node with all of them for every command made each run
 * slow. The two commands that start a server receive it from here (see below).
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  init: async () => (await import('./commands/init.ts')).initCommand,
  criteria: async () => (await import('./commands/criteria.ts')).criteriaCommand,
  controls: async () => (await import('./commands/controls.ts')).controlsCommand,
  coverage: async () => (await import('./commands/coverage.ts')).coverageCommand,
  import: async () => (await import('./commands/import.ts')).importCommand,
  evidence: async () => (await import('./commands/evidence.ts')).evidenceCommand,
  ledger: async () => (await import('./commands/ledger.ts')).ledgerCommand,
  verify: async () => (await import('./commands/verify.ts')).verifyCommand,
  evaluate: async () => (await import('./commands/evaluate.ts')).evaluateCommand,
  sample: async () => (await import('./commands/sample.ts')).sampleCommand,
  plan: async () => (await import('./commands/plan.ts')).planCommand,
  budget: async () => (await import('./commands/budget.ts')).budgetCommand,
  readiness: async () => (await import('./commands/readiness.ts')).readinessCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  package: async () => (await import('./commands/package.ts')).packageCommand,
  keys: async () => (await import('./commands/keys.ts')).keysCommand,
  sources: async () => (await import('./commands/sources.ts')).sourcesCommand,
  collect: async () => (await import('./commands/collect.ts')).collectCommand,
  run: async () => (await import('./commands/run.ts')).runCommand,
  'evidence-log': async () => (await import('./commands/evidence-log.ts')).evidenceLogCommand,
  'evidence-report': async () => (await import('./commands/evidence-report.ts')).evidenceReportCommand,
  serve: async () => {
    const { serveCommand } = await import('./commands/serve.ts');
    return (p) => serveCommand(p, serveProgramme);
  },
  token: async () => (await import('./commands/token.ts')).tokenCommand,
  demo: async () => {
    const { demoCommand } = await import('./commands/demo.ts');
    return (p) => demoCommand(p, serveProgramme);
  },
};

/**
 * The `evident` command tree: one file per command, each thin over src/app. Only the command named
 * first on the command line is loaded; help, `--version` or an unknown command load them all, so help
 * lists every command and a typo still gets commander's suggestion. Also the composition root: the
 * only file that names the HTTP server, handing it to `serve` and `demo` (COMPOSITION_ROOT in
 * scripts/boundaries.ts).
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('evident')
    .description(
      'SOC 2 Type II compliance engine: programme as code, evidence ledger, operating effectiveness',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const first = argv[0];
  const load = first && Object.hasOwn(COMMANDS, first) ? [COMMANDS[first]] : Object.values(COMMANDS);
  for (const register of await Promise.all(load.map((l) => l?.()))) register?.(program);
  return program;
}
