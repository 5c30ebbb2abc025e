import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EvidentError } from '../../core/errors.ts';
import { STATE_DIR } from '../workspace.ts';

/** `.evident/demo.json`: written before the demo is made and completed after, so it marks a demo folder. */
const MARKER = 'demo.json';

const ProblemSchema = z.object({
  control: z.string(),
  shows: z.enum(['exception', 'retroactive']),
  what: z.string(),
  match: z.string().optional(),
});

const MarkerSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('creating'), started_at: z.string() }),
  z.object({
    state: z.literal('ready'),
    created_at: z.string(),
    organisation: z.string(),
    period: z.object({ start: z.string(), end: z.string() }),
    records: z.number().int(),
    planted: z.array(ProblemSchema),
  }),
]);

export type DemoMarker = z.infer<typeof MarkerSchema>;

export const demoMarkerPath = (dir: string) => join(dir, STATE_DIR, MARKER);

/** The demo marker of `dir`, undefined when there is none; a marker Evident did not write is an error. */
export function readDemoMarker(dir: string): DemoMarker | undefined {
  const file = demoMarkerPath(dir);
  if (!existsSync(file)) return undefined;
  try {
    return MarkerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (cause) {
    throw new EvidentError('conflict', `${file} is not the marker evident demo writes`, { cause });
  }
}

export function writeDemoMarker(dir: string, marker: DemoMarker): void {
  mkdirSync(join(dir, STATE_DIR), { recursive: true, mode: 0o700 });
  writeFileSync(demoMarkerPath(dir), `${JSON.stringify(marker, null, 2)}\n`);
}
