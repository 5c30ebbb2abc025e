import type { Command } from 'commander';
import { listEvidence, showEvidence } from '../../app/evidence-queries.ts';
import { parseCount } from '../../app/parse-args.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable } from '../output.ts';

type ListOptions = CommonOptions & {
  type?: string;
  subject?: string;
  since?: string;
  until?: string;
  limit: string;
  offset: string;
};

export const evidenceCommand = (program: Command): Command => {
  const evidence = program.command('evidence').description('browse stored evidence');
  withJson(withDir(evidence.command('list')))
    .description('evidence records, oldest event first')
    .option('--type <type>', 'only this evidence type')
    .option('--subject <subject>', 'only this subject')
    .option('--since <date>', 'observed on or after (YYYY-MM-DD or ISO date-time)')
    .option('--until <date>', 'observed on or before this day (or before this ISO date-time)')
    .option('--limit <n>', 'at most this many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (o: ListOptions) => {
      const result = await listEvidence(o.dir, {
        ...(o.type ? { type: o.type } : {}),
        ...(o.subject ? { subject: o.subject } : {}),
        ...(o.since ? { since: o.since } : {}),
        ...(o.until ? { until: o.until } : {}),
        limit: parseCount('--limit', o.limit),
        offset: parseCount('--offset', o.offset),
      });
      if (o.json) return printJson(result);
      printTable(
        ['id', 'type', 'subject', 'observed_at', 'collected_at', 'source'],
        result.items.map((e) => [
          e.id.slice(0, 12),
          e.type,
          e.subject,
          e.observed_at,
          e.collected_at,
          e.source,
        ]),
      );
      printLine();
      printLine(`${result.items.length} of ${result.total} record(s)`);
    });
  withJson(withDir(evidence.command('show')))
    .description('one evidence record by id (or a unique prefix of at least 6 characters)')
    .argument('<id>')
    .action(async (id: string, o: CommonOptions) => {
      const record = await showEvidence(o.dir, id);
      if (o.json) return printJson(record);
      printLine(`id            ${record.id}`);
      printLine(`type          ${record.type}`);
      printLine(`subject       ${record.subject}`);
      printLine(`source        ${record.source}`);
      printLine(`observed_at   ${record.observed_at}`);
      printLine(`collected_at  ${record.collected_at}`);
      printLine(`ledger index  ${record.seq}`);
      for (const a of record.artifacts) printLine(`artifact      ${a.name} (${a.sha256})`);
      printLine('data');
      printLine(JSON.stringify(record.data, null, 2));
    });
  return evidence;
};
