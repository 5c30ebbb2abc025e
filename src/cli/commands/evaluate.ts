import type { Command } from 'commander';
import { evaluateProgramme, evaluationJson } from '../../app/evaluate-programme.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable, printWarnings } from '../output.ts';
import { progress } from '../progress.ts';

/** Exceptions printed per control on a terminal; --json has them all. */
const SHOWN_EXCEPTIONS = 5;

export const evaluateCommand = (program: Command): Command =>
  withJson(withDir(program.command('evaluate')))
    .description(
      'test every in-scope control over the audit period (Type II) or at a date (Type I); exits 1 when a control is not effective or has no evidence',
    )
    .option('--period <START..END>', 'the audit period (default: report.period in evident.yaml)')
    .option('--as-of <DATE>', 'a Type I view at this date')
    .action(async (o: CommonOptions & { period?: string; asOf?: string }) => {
      const bar = progress(!o.json);
      const { warnings, ...result } = await evaluateProgramme(o.dir, {
        ...(o.period ? { period: o.period } : {}),
        ...(o.asOf ? { asOf: o.asOf } : {}),
        onProgress: (n) => bar.update(`read ${n.toLocaleString('en')} evidence records…`),
      });
      bar.done();
      printWarnings(warnings);
      if (result.controls.some((c) => c.status === 'not_effective' || c.status === 'no_evidence'))
        process.exitCode = 1;
      if (o.json) return printJson(evaluationJson(result));
      const when =
        result.type === 'II' ? `${result.period.start} to ${result.period.end}` : `as of ${result.as_of}`;
      printLine(`SOC 2 Type ${result.type}, ${when}`);
      const byId = new Map(result.controls.map((c) => [c.id, c]));
      for (const criterion of result.criteria) {
        printLine();
        printLine(`${criterion.id}  ${criterion.status.toUpperCase()}  ${criterion.title}`);
        if (!criterion.controls.length) {
          printLine('  (no control maps to this criterion)');
          continue;
        }
        printTable(
          ['  control', 'frequency', 'status', 'met'],
          criterion.controls.map((id) => {
            const c = byId.get(id);
            return c
              ? [
                  `  ${c.id}`,
                  c.frequency,
                  c.status,
                  c.expected
                    ? `${c.met}/${c.expected}`
                    : c.frequency === 'event'
                      ? 'did not occur'
                      : 'no slot in period',
                ]
              : [`  ${id}`, '', '', ''];
          }),
        );
      }
      const failing = result.controls.filter((c) => c.exceptions.length);
      if (failing.length) {
        printLine();
        printLine('Exceptions');
        for (const c of failing) {
          if (c.status === 'no_evidence') {
            printLine(`  ${c.id}: no evidence at all (${c.expected} expected)`);
            continue;
          }
          printLine(`  ${c.id} (${c.status}, ${c.exceptions.length} of ${c.expected})`);
          for (const x of c.exceptions.slice(0, SHOWN_EXCEPTIONS)) printLine(`    ${x.slot}: ${x.reason}`);
          if (c.exceptions.length > SHOWN_EXCEPTIONS)
            printLine(`    … and ${c.exceptions.length - SHOWN_EXCEPTIONS} more (--json lists them all)`);
        }
      }
      const s = result.summary;
      printLine();
      printLine(
        `Controls: ${s.controls.effective} effective, ${s.controls.exceptions} with exceptions, ` +
          `${s.controls.not_effective} not effective, ${s.controls.no_evidence} without evidence, ` +
          `${s.controls.not_applicable} not applicable. Criteria: ${s.criteria.met} met, ` +
          `${s.criteria.at_risk} at risk, ${s.criteria.no_controls} without controls.`,
      );
    });
