import { Command } from 'commander';
import type { ServeProgramme } from '../app/serve-programme.ts';
import { budgetCommand } from './commands/budget.ts';
import { collectCommand } from './commands/collect.ts';
import { controlsCommand } from './commands/controls.ts';
import { coverageCommand } from './commands/coverage.ts';
import { criteriaCommand } from './commands/criteria.ts';
import { demoCommand } from './commands/demo.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { evidenceLogCommand } from './commands/evidence-log.ts';
import { evidenceReportCommand } from './commands/evidence-report.ts';
import { importCommand } from './commands/import.ts';
import { initCommand } from './commands/init.ts';
import { keysCommand } from './commands/keys.ts';
import { ledgerCommand } from './commands/ledger.ts';
import { packageCommand } from './commands/package.ts';
import { planCommand } from './commands/plan.ts';
import { readinessCommand } from './commands/readiness.ts';
import { reportCommand } from './commands/report.ts';
import { runCommand } from './commands/run.ts';
import { sampleCommand } from './commands/sample.ts';
import { serveCommand } from './commands/serve.ts';
import { sourcesCommand } from './commands/sources.ts';
import { tokenCommand } from './commands/token.ts';
import { verifyCommand } from './commands/verify.ts';

/** Loaded only when a server starts, so other commands do not pay for the HTTP stack at start-up. */
const serveProgramme: ServeProgramme = async (dir, o) =>
  (await import('../server/serve-programme.ts')).serveProgramme(dir, o);

/**
 * The `evident` command tree: one file per command, each thin over src/app. Also the composition root:
 * the only file that names the HTTP server, handing it to `serve` and `demo` (COMPOSITION_ROOT in
 * scripts/boundaries.ts).
 */
export function buildProgram(): Command {
  const program = new Command('evident')
    .description(
      'SOC 2 Type II compliance engine: programme as code, evidence ledger, operating effectiveness',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    initCommand,
    criteriaCommand,
    controlsCommand,
    coverageCommand,
    importCommand,
    evidenceCommand,
    ledgerCommand,
    verifyCommand,
    evaluateCommand,
    sampleCommand,
    planCommand,
    budgetCommand,
    readinessCommand,
    reportCommand,
    packageCommand,
    keysCommand,
    sourcesCommand,
    collectCommand,
    runCommand,
    evidenceLogCommand,
    evidenceReportCommand,
    (p: Command) => serveCommand(p, serveProgramme),
    tokenCommand,
    (p: Command) => demoCommand(p, serveProgramme),
  ]) {
    register(program);
  }
  return program;
}
