import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { EvidentError } from '../../app/errors.ts';
import {
  DEFAULT_CATEGORIES,
  defaultPeriod,
  type InitOptions,
  initProgramme,
} from '../../app/init-programme.ts';
import { parseCategories, parsePeriod } from '../../app/parse-args.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';

type Options = CommonOptions & {
  yes?: boolean;
  org?: string;
  system?: string;
  categories?: string;
  period?: string;
};

async function ask(options: InitOptions): Promise<InitOptions> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const q = async (label: string, fallback: string) =>
      (await rl.question(`${label} [${fallback}]: `)).trim() || fallback;
    const period = options.period ?? defaultPeriod(new Date());
    const organisation = await q('Organisation', options.organisation ?? 'Example Cloud Ltd');
    const system = await q('System in scope', options.system ?? 'Example Platform');
    const categories = await q('Categories', (options.categories ?? DEFAULT_CATEGORIES).join(','));
    const periodText = await q('Type II period', `${period.start}..${period.end}`);
    return {
      ...options,
      organisation,
      system,
      categories: parseCategories(categories),
      period: parsePeriod(periodText),
    };
  } finally {
    rl.close();
  }
}

export const initCommand = (program: Command): Command =>
  withJson(withDir(program.command('init')))
    .description('scaffold a compliance programme: evident.yaml, controls/ and policies/')
    .option('-y, --yes', 'accept the defaults without asking')
    .option('--org <name>', 'organisation name')
    .option('--system <name>', 'name of the system in scope')
    .option('--categories <list>', 'comma-separated categories (security is always included)')
    .option('--period <start..end>', 'the Type II period, YYYY-MM-DD..YYYY-MM-DD')
    .action(async (o: Options) => {
      let options: InitOptions = {
        dir: o.dir,
        ...(o.org ? { organisation: o.org } : {}),
        ...(o.system ? { system: o.system } : {}),
        ...(o.categories ? { categories: parseCategories(o.categories) } : {}),
        ...(o.period ? { period: parsePeriod(o.period) } : {}),
      };
      if (!o.yes) {
        if (!process.stdin.isTTY) {
          throw new EvidentError(
            'bad_input',
            'no terminal to ask questions on: pass --yes to accept the defaults',
          );
        }
        options = await ask(options);
      }
      const result = initProgramme(options);
      if (o.json) return printJson(result);
      printLine(`Created a programme in ${result.dir}:`);
      for (const f of result.files) printLine(`  ${f}`);
      printLine();
      printLine(
        'Next: edit evident.yaml, then run `evident coverage` to see every criterion and its controls.',
      );
      printLine();
      printLine('Admin token for `evident serve` (shown only now; `evident token create` makes more):');
      printLine(`  ${result.admin_token}`);
    });
