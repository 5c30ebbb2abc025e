import type { Command } from 'commander';
import {
  exportLedger,
  latestCheckpoint,
  ledgerRoot,
  proveConsistency,
  proveInclusion,
} from '../../app/ledger-queries.ts';
import { parseCount } from '../../app/parse-args.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';

const writeLine = (line: string) =>
  new Promise<void>((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', resolve);
  });

export const ledgerCommand = (program: Command): Command => {
  const ledger = program
    .command('ledger')
    .description('the tamper-evident log: roots, proofs, checkpoints (RFC 9162)');
  withJson(withDir(ledger.command('root')))
    .description('the current tree size and root hash')
    .action(async (o: CommonOptions) => {
      const r = await ledgerRoot(o.dir);
      if (o.json) return printJson(r);
      printLine(`size ${r.size}`);
      printLine(`root ${r.root}`);
    });
  withDir(ledger.command('export'))
    .description('every leaf as JSON Lines: {"index": i, "leaf": "<base64 of the leaf bytes>"}')
    .action(async (o: CommonOptions) => {
      await exportLedger(o.dir, writeLine);
    });
  withJson(withDir(ledger.command('proof')))
    .description('inclusion proof of one leaf in the tree of a given size')
    .requiredOption('--index <i>', 'the leaf index')
    .option('--size <n>', 'the tree size (default: current)')
    .action(async (o: CommonOptions & { index: string; size?: string }) => {
      const r = await proveInclusion(
        o.dir,
        parseCount('--index', o.index),
        o.size === undefined ? undefined : parseCount('--size', o.size),
      );
      if (o.json) return printJson(r);
      printLine(`leaf ${r.index} of ${r.size}: ${r.leaf_hash}`);
      for (const h of r.proof) printLine(`  ${h}`);
      printLine(`root ${r.root}`);
    });
  withJson(withDir(ledger.command('consistency')))
    .description('consistency proof between two tree sizes')
    .requiredOption('--from <m>', 'the older tree size')
    .option('--to <n>', 'the newer tree size (default: current)')
    .action(async (o: CommonOptions & { from: string; to?: string }) => {
      const r = await proveConsistency(
        o.dir,
        parseCount('--from', o.from),
        o.to === undefined ? undefined : parseCount('--to', o.to),
      );
      if (o.json) return printJson(r);
      printLine(`from ${r.from} (${r.old_root}) to ${r.to} (${r.root})`);
      for (const h of r.proof) printLine(`  ${h}`);
    });
  withDir(ledger.command('checkpoint'))
    .description('the latest signed checkpoint (C2SP tlog-checkpoint signed note)')
    .action(async (o: CommonOptions) => {
      process.stdout.write(await latestCheckpoint(o.dir));
    });
  return ledger;
};
