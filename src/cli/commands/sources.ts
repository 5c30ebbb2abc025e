import type { Command } from 'commander';
import { listSources } from '../../app/collect-sources.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable } from '../output.ts';

export const sourcesCommand = (program: Command): Command =>
  withJson(withDir(program.command('sources')))
    .description('the sources of evident.yaml: collector, schedule and last run')
    .action(async (o: CommonOptions) => {
      const sources = await listSources(o.dir);
      if (o.json) return printJson({ sources });
      if (!sources.length) return printLine('No sources in evident.yaml (see docs/sources.md).');
      printTable(
        ['source', 'collector', 'schedule', 'last run', 'status', 'error'],
        sources.map((s) => [
          s.id,
          s.collector,
          s.schedule ?? '(manual)',
          s.last_run?.started_at ?? 'never',
          s.last_run?.status ?? '',
          s.last_run?.error ?? '',
        ]),
      );
    });
