/**
 * Child process of the ledger and evaluate benchmarks:
 * `node --import tsx bench/import-child.ts <dir> <file> [<START..END> [<categories>]]`.
 * Scaffolds a programme in <dir> (with that report period and comma-separated categories, if given),
 * imports <file> through the product's full path (parse, zod validation, canonical JSON, ledger,
 * checkpoint) and prints one JSON line: its timings and peak RSS.
 */
import { importEvidence } from '../src/app/import-evidence.ts';
import { initProgramme } from '../src/app/init-programme.ts';
import { parseCategories, parsePeriod } from '../src/app/parse-args.ts';
import { openWorkspace } from '../src/app/workspace.ts';

export type ImportChildReport = {
  records: number;
  stored: number;
  duplicates: number;
  size: number;
  root: string;
  seconds: number;
  closeSeconds: number;
  rssBeforeBytes: number;
  maxRssBytes: number;
};

const [dir, file, period, categories] = process.argv.slice(2);
if (!dir || !file) throw new Error('usage: import-child.ts <dir> <file> [<START..END> [<categories>]]');

initProgramme({
  dir,
  organisation: 'Bench Cloud Ltd',
  ...(period ? { period: parsePeriod(period) } : {}),
  ...(categories ? { categories: parseCategories(categories) } : {}),
});
const workspace = await openWorkspace(dir, process.env);
const rssBeforeBytes = process.memoryUsage().rss;
let reported = 0;
const started = performance.now();
const result = await importEvidence(workspace, file, {
  onProgress: (stored) => {
    if (stored - reported < 100_000) return;
    reported = stored;
    const rate = stored / ((performance.now() - started) / 1000);
    console.error(
      `    import: ${stored.toLocaleString('en')} stored (${Math.round(rate).toLocaleString('en')}/s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
    );
  },
});
const seconds = (performance.now() - started) / 1000;
const closing = performance.now();
await workspace.store.close();
const report: ImportChildReport = {
  records: result.records,
  stored: result.stored,
  duplicates: result.duplicates,
  size: result.size,
  root: result.root,
  seconds,
  closeSeconds: (performance.now() - closing) / 1000,
  rssBeforeBytes,
  // resourceUsage reports kilobytes.
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
console.log(JSON.stringify(report));
