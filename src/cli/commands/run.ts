import type { Command } from 'commander';
import { runSources } from '../../app/run-sources.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';

/** Lines on stderr (or JSON Lines on stdout with --json): a long-running command has no final result. */
export const runCommand = (program: Command): Command =>
  withJson(withDir(program.command('run')))
    .description('keep running and collect each source on its schedule (cron, UTC) until stopped (Ctrl-C)')
    .action(async (o: CommonOptions) => {
      const say = (event: Record<string, unknown>, text: string) =>
        o.json ? process.stdout.write(`${JSON.stringify(event)}\n`) : process.stderr.write(`${text}\n`);
      const scheduler = await runSources(o.dir, {
        onRun: (r) =>
          say(
            { event: 'run', ...r },
            `${r.finished_at} ${r.source}: ${r.status}, ${r.items} item(s), ${r.stored} new${r.error ? ` — ${r.error}` : ''}`,
          ),
        log: (m) => say({ event: 'log', message: m }, m),
      });
      for (const s of scheduler.scheduled)
        say({ event: 'scheduled', ...s }, `${s.source}: "${s.schedule}", next run ${s.next ?? 'never'}`);
      if (scheduler.report)
        say(
          { event: 'scheduled', report: 'evidence-report', ...scheduler.report },
          `evidence report: "${scheduler.report.schedule}" to ${scheduler.report.out}, next ${scheduler.report.next ?? 'never'}`,
        );
      if (!scheduler.scheduled.length && !scheduler.report)
        say({ event: 'idle' }, 'No source has a schedule; nothing to run.');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await scheduler.stop();
    });
