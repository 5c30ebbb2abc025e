import type { Command } from 'commander';
import { rotateKeys } from '../../app/rotate-keys.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine } from '../output.ts';
import { progress } from '../progress.ts';

export const keysCommand = (program: Command): Command => {
  const keys = program.command('keys').description('blob encryption keys');
  withJson(withDir(keys.command('rotate')))
    .description('make a new key current and re-encrypt every blob under it')
    .action(async (o: CommonOptions) => {
      const bar = progress(!o.json);
      const r = await rotateKeys(o.dir, (n) => bar.update(`re-encrypted ${n} blobs…`));
      bar.done();
      if (o.json) return printJson(r);
      printLine(`current key ${r.key_id} (was ${r.previous}); ${r.reencrypted} blob(s) re-encrypted`);
    });
  return keys;
};
