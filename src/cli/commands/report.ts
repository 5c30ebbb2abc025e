import type { Command } from 'commander';
import { REPORT_FORMATS } from '../../app/render-report.ts';
import { writeReport } from '../../app/write-report.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';
import { progress } from '../progress.ts';

type ReportOptions = CommonOptions & {
  format: string;
  out?: string;
  period?: string;
  asOf?: string;
  seed?: string;
};

export const reportCommand = (program: Command): Command =>
  withJson(withDir(program.command('report')))
    .description(
      'draft the SOC 2 report (md, html, pdf), the auditor workbook (xlsx) or an OSCAL export from the evaluation',
    )
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, 'md')
    .option(
      '--out <path>',
      'the file to write (default: report.<ext>, workbook.xlsx, assessment-results.json …)',
    )
    .option('--period <START..END>', 'the audit period (default: report.period in evident.yaml)')
    .option('--as-of <DATE>', 'a Type I report at this date')
    .option('--seed <text>', 'the sampling seed (default: the period as START..END)')
    .action(async (o: ReportOptions) => {
      const bar = progress(!o.json);
      const written = await writeReport(o.dir, {
        format: o.format,
        ...(o.out ? { out: o.out } : {}),
        ...(o.period ? { period: o.period } : {}),
        ...(o.asOf ? { asOf: o.asOf } : {}),
        ...(o.seed ? { seed: o.seed } : {}),
        onProgress: (m) => bar.update(m),
      });
      bar.done();
      if (o.json) return printJson(written);
      const [main, ...rest] = written.files;
      const when =
        written.type === 'II'
          ? `${written.period.start} to ${written.period.end}`
          : `as of ${written.period.end}`;
      printLine(`wrote ${main?.path} (${written.format}, SOC 2 Type ${written.type}, ${when})`);
      if (rest.length) printLine(`  and ${rest.map((f) => f.path).join(', ')}`);
      const s = written.summary;
      printLine(
        `controls: ${s.controls.effective} effective, ${s.controls.exceptions} with exceptions, ${s.controls.not_effective} not effective, ${s.controls.no_evidence} without evidence; ${s.exceptions} exceptions; criteria at risk: ${s.criteria.at_risk}`,
      );
    });
