import type { Command } from 'commander';
import { listControls } from '../../app/list-controls.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable } from '../output.ts';

export const controlsCommand = (program: Command): Command =>
  withJson(withDir(program.command('controls')))
    .description(
      "the programme's controls (or the default library), with frequency, evidence, criteria and scope",
    )
    .action((o: CommonOptions) => {
      const result = listControls(o.dir);
      if (o.json) return printJson(result);
      printTable(
        ['control', 'frequency', 'evidence', 'scope', 'criteria', 'title'],
        result.controls.map((c) => [
          c.id + (c.origin === 'custom' ? ' *' : c.overridden.length ? ' ~' : ''),
          c.frequency,
          c.evidence.join('+') + (typeof c.params.kind === 'string' ? `:${c.params.kind}` : ''),
          c.scope,
          c.criteria.join(' '),
          c.title,
        ]),
      );
      printLine();
      printLine(`${result.controls.length} controls (* custom, ~ overridden in controls/)`);
    });
