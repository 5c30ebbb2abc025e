import type { Command } from 'commander';
import { verifyWorkspace } from '../../app/verify-workspace.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';
import { progress } from '../progress.ts';

export const verifyCommand = (program: Command): Command =>
  withJson(withDir(program.command('verify')))
    .description(
      're-derive the ledger from scratch: every record, node, checkpoint and blob; exits 1 on any problem',
    )
    .action(async (o: CommonOptions) => {
      const bar = progress(!o.json);
      const report = await verifyWorkspace(o.dir, (n) =>
        bar.update(`verified ${n.toLocaleString('en')} records…`),
      );
      bar.done();
      if (!report.ok) process.exitCode = 1;
      if (o.json) return printJson(report);
      for (const p of report.problems) printLine(`FAIL ${p.item}: ${p.problem}`);
      printLine(
        `${report.ok ? 'OK' : 'FAILED'}: ${report.records} records, ${report.nodes} tree nodes, ` +
          `${report.checkpoints} checkpoints, ${report.blobs} blobs; size ${report.size}, root ${report.root}`,
      );
    });
