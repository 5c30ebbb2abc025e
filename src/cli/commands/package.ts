import type { Command } from 'commander';
import { buildPackage } from '../../app/package/build-package.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printWarnings } from '../output.ts';
import { progress } from '../progress.ts';

export const packageCommand = (program: Command): Command =>
  withJson(withDir(program.command('package')))
    .description(
      'write the audit package: report, workbook, OSCAL, every record of the period with its proof, samples and the ledger key, in one zip that "evident verify --package" checks offline',
    )
    .requiredOption('--out <file.zip>', 'the zip file to write')
    .option('--period <START..END>', 'the audit period (default: report.period in evident.yaml)')
    .option('--seed <text>', 'the sampling seed (default: the period as START..END)')
    .action(async (o: CommonOptions & { out: string; period?: string; seed?: string }) => {
      const bar = progress(!o.json);
      const result = await buildPackage(o.dir, {
        out: o.out,
        ...(o.period ? { period: o.period } : {}),
        ...(o.seed ? { seed: o.seed } : {}),
        onProgress: (m) => bar.update(m),
      });
      bar.done();
      printWarnings(result.omitted.map((x) => `${x.path} left out: ${x.reason}`));
      if (o.json) return printJson(result);
      printLine(
        `wrote ${result.out}: ${result.files} files, ${result.records} records with inclusion proofs, ` +
          `${result.artifacts} artifacts, ${result.samples} samples (${result.bytes.toLocaleString('en')} bytes)`,
      );
      printLine(`checkpoint: size ${result.ledger.size}, root ${result.ledger.root}`);
      printLine(`sha256 ${result.sha256}`);
    });
