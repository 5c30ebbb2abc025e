import type { Command } from 'commander';
import { type BudgetLine, budgetProgramme, formatUsd } from '../../app/budget-programme.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printWarnings } from '../output.ts';
import { progress } from '../progress.ts';

const range = (r: { low: number; high: number; open_ended?: true }) =>
  `${formatUsd(r.low)}–${formatUsd(r.high)}${r.open_ended ? '+' : ''}`;

function printLines(lines: readonly BudgetLine[]): void {
  for (const l of lines) {
    printLine(`${l.title}  ${range(l)}`);
    for (const why of l.reasons) printLine(`  - ${why}`);
  }
}

export const budgetCommand = (program: Command): Command =>
  withJson(withDir(program.command('budget')))
    .description(
      'a first-year cost estimate for the audit, placed within published ranges, with the reason for every figure',
    )
    .action(async (o: CommonOptions) => {
      const bar = progress(!o.json);
      const { warnings, ...budget } = await budgetProgramme(o.dir, {
        onProgress: (n) => bar.update(`read ${n.toLocaleString('en')} evidence records…`),
      });
      bar.done();
      printWarnings(warnings);
      if (o.json) return printJson(budget);
      const g = budget.inputs.open_gaps;
      printLine(
        `SOC 2 Type ${budget.type} budget (USD), ${budget.renewal ? 'renewal year' : 'first year'}; ` +
          `open gaps: ${g.critical} critical, ${g.high} high, ${g.medium} medium, ${g.low} low`,
      );
      printLine();
      printLines(budget.lines);
      printLine();
      printLine(`Total  ${range(budget.total)}`);
      if (budget.ongoing.length) {
        printLine();
        printLine('Each later year (not in the total)');
        printLines(budget.ongoing);
      }
    });
