import type { Command } from 'commander';
import { collectSources } from '../../app/collect-sources.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable } from '../output.ts';
import { progress } from '../progress.ts';

export const collectCommand = (program: Command): Command =>
  withJson(withDir(program.command('collect')))
    .description(
      'run the sources of evident.yaml now and store what they collect; exits 1 when a source failed',
    )
    .option('--source <id>', 'only this source')
    .action(async (o: CommonOptions & { source?: string }) => {
      const bar = progress(!o.json);
      const results = await collectSources(o.dir, {
        ...(o.source ? { source: o.source } : {}),
        onStart: (id) => bar.update(`collecting ${id}…`),
        log: (id, m) => bar.update(`${id}: ${m}`),
      });
      bar.done();
      if (results.some((r) => r.status === 'error')) process.exitCode = 1;
      if (o.json) return printJson({ runs: results });
      if (!results.length) return printLine('No sources in evident.yaml (see docs/sources.md).');
      printTable(
        ['source', 'collector', 'status', 'items', 'new', 'error'],
        results.map((r) => [
          r.source,
          r.collector,
          r.status,
          String(r.items),
          String(r.stored),
          r.error ?? '',
        ]),
      );
    });
