import { z } from 'zod';

export const ReportsConfigSchema = z.strictObject({
  /** The folder the scanners (or CI) write their reports into; relative paths resolve against the working directory. */
  path: z.string().min(1, 'the folder holding the scanner reports'),
  /** Also import reports in sub-folders (e.g. one folder per month or per service). */
  recursive: z.boolean().default(false),
  /** Files larger than this are skipped (and reported) rather than read into memory. */
  max_file_mb: z.number().positive().max(1024).default(100),
});

export type ReportsConfig = z.output<typeof ReportsConfigSchema>;
