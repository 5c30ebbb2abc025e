import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { getEvidenceReport } from '../../app/evidence-log-report.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';

export const evidenceReportCommand = (program: Command): Command =>
  withJson(withDir(program.command('evidence-report')))
    .description(
      'the weekly evidence report (access reviews, scans, incidents, training) from stored evidence',
    )
    .option('--out <file>', 'also write the report as JSON to this file')
    .action(async (o: CommonOptions & { out?: string }) => {
      const r = await getEvidenceReport(o.dir);
      if (o.out) writeFileSync(o.out, `${JSON.stringify(r, null, 2)}\n`);
      if (o.json) return printJson(r);
      const a = r.access_reviews;
      const v = r.vulnerability_scans;
      const i = r.incident_log;
      const t = r.security_training;
      printLine(`Evidence report, ${r.collected_at}`);
      printLine(
        `  access reviews     last ${a.last_review ?? 'never'} (${a.status}); ${a.findings} findings, ${a.remediated} remediated`,
      );
      printLine(
        `  vulnerability scan last ${v.last_scan ?? 'never'}; critical ${v.critical}, high ${v.high}, medium ${v.medium}, low ${v.low}`,
      );
      printLine(
        `  incidents (90 d)   ${i.total_incidents}, ${i.resolved} resolved, mean time to resolve ${i.mean_time_to_resolve ?? '-'} h`,
      );
      printLine(
        `  security training  ${t.completion_rate === null ? 'no roster' : `${Math.round(t.completion_rate * 1000) / 10}%`}, ${t.employees_trained} trained`,
      );
      if (o.out) printLine(`written to ${o.out}`);
    });
