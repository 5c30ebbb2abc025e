import type { Command } from 'commander';
import { CATEGORIES } from '../../app/categories.ts';
import { listCriteria } from '../../app/list-criteria.ts';
import { parseChoice } from '../../app/parse-args.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printTable } from '../output.ts';

export const criteriaCommand = (program: Command): Command =>
  withJson(withDir(program.command('criteria')))
    .description('the 61 Trust Services Criteria, with scope and supporting controls when a programme exists')
    .option('--category <name>', `only one category (${CATEGORIES.join(', ')})`)
    .action((o: CommonOptions & { category?: string }) => {
      const category = o.category ? parseChoice('--category', o.category, CATEGORIES) : undefined;
      const result = listCriteria(o.dir, category);
      if (o.json) return printJson(result);
      printTable(
        ['criterion', 'category', ...(result.programme ? ['scope'] : []), 'controls', 'title'],
        result.criteria.map((c) => [
          c.id,
          c.category,
          ...(result.programme ? [c.in_scope ? 'in' : 'out'] : []),
          String(c.controls.length),
          c.title,
        ]),
      );
    });
