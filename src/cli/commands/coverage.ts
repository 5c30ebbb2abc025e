import type { Command } from 'commander';
import { getCoverage } from '../../app/get-coverage.ts';
import { parseChoice } from '../../app/parse-args.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';

const FRAMEWORKS = ['soc2', 'iso27001'] as const;

export const coverageCommand = (program: Command): Command =>
  withJson(withDir(program.command('coverage')))
    .description(
      'each criterion (or Annex A control) with its supporting controls; exits 1 when any has none',
    )
    .option('--framework <name>', 'soc2 (criteria in scope) or iso27001 (ISO/IEC 27001:2022 Annex A)', 'soc2')
    .action((o: CommonOptions & { framework: string }) => {
      const framework = parseChoice('--framework', o.framework, FRAMEWORKS);
      const { warnings, ...result } = getCoverage(o.dir, framework);
      printWarnings(warnings);
      if (result.gaps.length) process.exitCode = 1;
      if (o.json) return printJson(result);
      printTable(
        [
          framework === 'soc2' ? 'criterion' : 'control',
          framework === 'soc2' ? 'category' : 'theme',
          'status',
          'controls',
        ],
        result.rows.map((r) => [r.id, r.group, r.status, r.reason ?? (r.controls.join(', ') || '-')]),
      );
      printLine();
      const name = framework === 'soc2' ? 'criteria in scope' : 'ISO/IEC 27001:2022 Annex A controls';
      printLine(
        `${result.covered} of ${result.total} ${name} have supporting controls` +
          (result.not_relevant ? `; ${result.not_relevant} not relevant` : ''),
      );
      if (result.gaps.length) {
        printLine(`Gaps (each needs supporting controls): ${result.gaps.join(', ')}`);
      }
    });
