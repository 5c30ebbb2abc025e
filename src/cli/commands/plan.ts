import type { Command } from 'commander';
import { planProgramme } from '../../app/plan-programme.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';

export const planCommand = (program: Command): Command =>
  withJson(withDir(program.command('plan')))
    .description("a first-audit timeline for the programme's report type: phases, tasks and audit weeks")
    .option('--start <DATE>', 'the day the programme starts (default: today, UTC)')
    .action((o: CommonOptions & { start?: string }) => {
      const { warnings, ...plan } = planProgramme(o.dir, o.start ? { start: o.start } : {});
      printWarnings(warnings);
      if (o.json) return printJson(plan);
      const report = plan.report;
      printLine(
        `SOC 2 Type ${report.type} plan, ${plan.start} to ${plan.end}: ` +
          (report.type === 'II'
            ? `observation period ${report.period.start} to ${report.period.end}`
            : `as of ${report.as_of}`),
      );
      for (const phase of plan.phases) {
        printLine();
        printLine(
          `${phase.title}  months ${phase.months.from}–${phase.months.to}  ${phase.start} to ${phase.end}`,
        );
        for (const t of phase.tasks) printLine(`  - ${t.title}${t.command ? ` (${t.command})` : ''}`);
      }
      printLine();
      printLine('Audit weeks');
      printTable(
        ['  week', 'start', 'end', 'step'],
        plan.audit_weeks.map((w) => [`  ${w.week}`, w.start, w.end, w.title]),
      );
    });
