import { initProgramme } from '../../src/app/init-programme.ts';
import { parsePeriod } from '../../src/app/parse-args.ts';

/**
 * `evident init -C dir --yes [--period START..END]`, then `evident import -C dir files…`, for tests whose
 * subject is another command: the use cases those commands call, in the test's own process, without the
 * two seconds each `evident` process spends starting. `init` and `import` themselves are tested through
 * the CLI (test/programme-cli.test.ts, test/ledger-cli.test.ts and the import tests).
 */
export async function setUpProgramme(
  dir: string,
  o: { period?: string; files?: string[] } = {},
): Promise<void> {
  initProgramme({ dir, ...(o.period ? { period: parsePeriod(o.period) } : {}) });
  if (!o.files?.length) return;
  // Loaded only when needed: tests that only need a programme do not pay for the store and the ledger.
  const { importFiles } = await import('../../src/app/import-files.ts');
  await importFiles(dir, o.files, {});
}
