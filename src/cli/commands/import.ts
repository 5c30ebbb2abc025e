import type { Command } from 'commander';
import { importFiles } from '../../app/import-files.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';
import { progress } from '../progress.ts';

export const importCommand = (program: Command): Command =>
  withJson(withDir(program.command('import')))
    .description('import evidence files through the ledger; each file is all-or-nothing')
    .argument('<files...>', 'files to import (JSON Lines envelopes: .jsonl)')
    .option(
      '--format <format>',
      'jsonl, or csv:<type> / json:<type> for an export of another tool (docs/formats/); guessed for .jsonl',
    )
    .action(async (files: string[], o: CommonOptions & { format?: string }) => {
      const bar = progress(!o.json);
      const results = await importFiles(o.dir, files, {
        ...(o.format ? { format: o.format } : {}),
        onProgress: (file, n) => bar.update(`${file}: ${n.toLocaleString('en')} records stored…`),
        onImported: (r) => {
          bar.done();
          // Printed only after the file's transaction committed: an acknowledged file is durable.
          if (!o.json) {
            printLine(
              `${r.file}: imported ${r.stored} new record(s)` +
                (r.duplicates ? `, ${r.duplicates} already held (skipped)` : '') +
                (r.blobs ? `, ${r.blobs} artifact(s)` : '') +
                ` — ledger size ${r.size}, root ${r.root}`,
            );
          }
        },
      });
      if (o.json) printJson({ files: results });
    });
