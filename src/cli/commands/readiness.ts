import type { Command } from 'commander';
import { assessProgrammeReadiness } from '../../app/assess-programme-readiness.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';
import { progress } from '../progress.ts';

export const readinessCommand = (program: Command): Command =>
  withJson(withDir(program.command('readiness')))
    .description(
      'mock audit over the last year: gaps, failing and stale controls, common findings with fixes, scores, tasks, earliest Type II start; exits 1 while critical or high tasks remain',
    )
    .option('--as-of <DATE>', 'judge as of this date (default: today, UTC)')
    .action(async (o: CommonOptions & { asOf?: string }) => {
      const bar = progress(!o.json);
      const { warnings, ...r } = await assessProgrammeReadiness(o.dir, {
        ...(o.asOf ? { asOf: o.asOf } : {}),
        onProgress: (n) => bar.update(`read ${n.toLocaleString('en')} evidence records…`),
      });
      bar.done();
      printWarnings(warnings);
      if (r.tasks.some((t) => t.impact === 'critical' || t.impact === 'high')) process.exitCode = 1;
      if (o.json) return printJson(r);
      printLine(`Readiness as of ${r.as_of} (evidence from ${r.window.start})`);
      printLine(
        `Score: ${r.score.overall}/100 — ${Object.entries(r.score.by_category)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
      const start = r.earliest_type2_start;
      printLine(
        start.date
          ? `Earliest defensible Type II period start: ${start.date}` +
              (start.limited_by
                ? ` (set by ${start.limited_by.control}, last missing ${start.limited_by.last_missing})`
                : '')
          : `No Type II period start is defensible yet: never operated in the window: ${start.blocking.join(', ')}`,
      );
      if (r.common_findings.length) {
        printLine();
        printLine('Common audit findings detected');
        for (const f of r.common_findings) {
          printLine(`  ${f.title} (${f.controls.map((c) => `${c.id}: ${c.status}`).join(', ')})`);
          printLine(`    fix: ${f.fix}`);
        }
      }
      printLine();
      printLine(`Tasks, most audit impact first (${r.tasks.length})`);
      printTable(
        ['#', 'impact', 'task'],
        r.tasks.map((t) => [String(t.rank), t.impact, t.title]),
      );
    });
