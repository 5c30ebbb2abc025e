import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The programme's files as of now — evident.yaml, controls/ and policies/ with their modification times
 * and sizes — as one string: when it changes, the programme has to be read again. The folders' own
 * times catch a file added or removed.
 */
export function programmeStamp(dir: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    // One stat per path (no separate existence check): this runs on every API request.
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return parts.push(`${path}:-`);
    parts.push(`${path}:${s.mtimeMs}:${s.size}`);
    if (s.isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
  };
  add(join(dir, 'evident.yaml'));
  add(join(dir, 'controls'));
  add(join(dir, 'policies'));
  return parts.join('\n');
}
