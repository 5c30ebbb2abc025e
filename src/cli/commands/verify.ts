import type { Command } from 'commander';
import { verifyPackage } from '../../app/package/verify-package.ts';
import { verifyWorkspace } from '../../app/verify-workspace.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';
import { progress } from '../progress.ts';

type VerifyOptions = CommonOptions & { package?: string; key?: string };

export const verifyCommand = (program: Command): Command =>
  withJson(withDir(program.command('verify')))
    .description(
      're-derive the ledger from scratch (every record, node, checkpoint and blob), or check an audit package offline with --package; exits 1 on any problem',
    )
    .option('--package <file.zip>', 'check this audit package instead, with no database')
    .option('--key <file>', "with --package: the ledger's verifier key as management gave it to you")
    .action(async (o: VerifyOptions) => {
      if (o.package) return verifyPackageCommand(o.package, o.key, o.json);
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

async function verifyPackageCommand(file: string, key: string | undefined, json: boolean | undefined) {
  const report = await verifyPackage(file, key);
  if (!report.ok) process.exitCode = 1;
  if (json) return printJson(report);
  for (const p of report.problems) printLine(`FAIL ${p.file}: ${p.problem}`);
  printLine(
    `${report.ok ? 'OK' : 'FAILED'}: ${report.files} files, ${report.records} records proven, ${report.samples} samples re-drawn` +
      (report.checkpoint
        ? `; checkpoint size ${report.checkpoint.size}, root ${report.checkpoint.root}`
        : ''),
  );
  if (report.key)
    printLine(
      `signed by ledger key ${report.key}${key ? ' (matches --key)' : ': compare it with the key management gave you'}`,
    );
}
