// Child process of test/ledger-durability.test.ts: the real `evident` entry point, started ahead of
// time. Starting Node and loading the TypeScript sources takes seconds; this process does that first,
// says so on fd 3, then reads its arguments (a JSON array on stdin) and runs src/cli/main.ts with them,
// exactly as bin/evident.js would. So a SIGKILL timed from the arguments lands in the import itself,
// not in module loading, and the next round's process loads while the test checks the last one.
import { writeSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/evident.js', import.meta.url));

// What `evident import` loads before it touches the programme (main.ts and the import command).
await Promise.all([
  import('commander'),
  import('../../src/cli/program.ts'),
  import('../../src/cli/report-error.ts'),
  import('../../src/cli/commands/import.ts'),
]);
writeSync(3, 'ready\n');

const told = await text(process.stdin);
// Stdin closed without arguments: the test no longer needs this process.
if (!told) process.exit(0);
process.argv = [process.argv[0] ?? process.execPath, BIN, ...(JSON.parse(told) as string[])];
await import('../../src/cli/main.ts');
