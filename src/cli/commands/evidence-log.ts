import type { Command } from 'commander';
import { stringify } from 'yaml';
import { getEvidenceLog } from '../../app/evidence-log-report.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson } from '../output.ts';

export const evidenceLogCommand = (program: Command): Command =>
  withJson(withDir(program.command('evidence-log')))
    .description(
      'the evidence log: per category, each item, its cadence, source, latest evidence and whether it is current (YAML)',
    )
    .action(async (o: CommonOptions) => {
      const log = await getEvidenceLog(o.dir);
      if (o.json) return printJson(log);
      process.stdout.write(stringify(log));
    });
