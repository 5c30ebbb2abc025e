import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EvidentError } from '../../core/errors.ts';
import { PROGRAMME_FILE } from '../../programme/load-programme.ts';
import { type DemoMarker, readDemoMarker } from './demo-marker.ts';

export type ReadyDemo = Extract<DemoMarker, { state: 'ready' }>;

/**
 * What `dir` holds already: a finished demo (returned, to be reused), nothing (undefined: make one), or
 * anything else, which the demo refuses to touch: someone's programme, an unfinished demo, other files.
 */
export function existingDemo(dir: string): ReadyDemo | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) throw new EvidentError('bad_input', `${dir} is not a folder`);
  const marker = readDemoMarker(dir);
  const programme = existsSync(join(dir, PROGRAMME_FILE));
  if (marker?.state === 'ready' && programme) return marker;
  if (marker)
    throw new EvidentError(
      'conflict',
      `${dir} holds a demo that was not finished (interrupted?): delete the folder and run evident demo again`,
    );
  if (programme)
    throw new EvidentError(
      'conflict',
      `${join(dir, PROGRAMME_FILE)} exists and is not an Evident demo: evident demo never changes a programme; choose another folder with -C`,
    );
  if (readdirSync(dir).length)
    throw new EvidentError(
      'conflict',
      `${dir} is not empty: evident demo makes its programme in a new or empty folder; choose another with -C`,
    );
  return undefined;
}
