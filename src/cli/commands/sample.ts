import type { Command } from 'commander';
import { type ControlSample, sampleControl } from '../../app/sample-control.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';
import { progress } from '../progress.ts';

/** The `--json` contract (docs/cli.md). */
export const sampleJson = (s: ControlSample) => ({
  control: s.control,
  period: s.period,
  population_size: s.population_size,
  population_sha256: s.population_sha256,
  sample_size: s.sample_size,
  method: s.method,
  seed: s.seed,
  items: s.items,
  frozen: s.frozen,
});

export const sampleCommand = (program: Command): Command =>
  withJson(withDir(program.command('sample')))
    .description(
      "draw a control's reproducible sample over the period and freeze its population in the ledger",
    )
    .requiredOption('--control <id>', 'the control to sample')
    .option('--seed <text>', "the engagement's seed (default: the period, START..END)")
    .option('--period <START..END>', 'the audit period (default: report.period in evident.yaml)')
    .action(async (o: CommonOptions & { control: string; seed?: string; period?: string }) => {
      const bar = progress(!o.json);
      const { warnings, ...sample } = await sampleControl(o.dir, {
        control: o.control,
        ...(o.seed !== undefined ? { seed: o.seed } : {}),
        ...(o.period ? { period: o.period } : {}),
        onProgress: (n) => bar.update(`read ${n.toLocaleString('en')} evidence records…`),
      });
      bar.done();
      printWarnings(warnings);
      if (o.json) return printJson(sampleJson(sample));
      printLine(
        `Sample of ${sample.control}, ${sample.period.start} to ${sample.period.end}: ` +
          `${sample.sample_size} of ${sample.population_size} (${sample.method}), seed "${sample.seed}"`,
      );
      printLine(`population sha256  ${sample.population_sha256}`);
      printLine(`frozen as evidence ${sample.frozen.id} (ledger index ${sample.frozen.ledger_index})`);
      printLine();
      if (!sample.items.length) return printLine('(the population is empty: nothing to sample)');
      printTable(
        ['label', 'start', 'end', 'status', 'reason'],
        sample.items.map((u) => [u.label, u.start, u.end, u.status, u.reason ?? '']),
      );
    });
