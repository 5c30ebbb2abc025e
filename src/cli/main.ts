import { CommanderError } from 'commander';
import { buildProgram } from './program.ts';
import { reportError } from './report-error.ts';

// A reader that stops early (`evident … | head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
try {
  await (await buildProgram(argv)).parseAsync(argv, { from: 'user' });
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are exits with code 0; usage errors were already printed by commander.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportError(error, argv.includes('--json'));
  }
}
