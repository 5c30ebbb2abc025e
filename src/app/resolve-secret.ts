import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EvidentError } from '../core/errors.ts';

/**
 * The value behind a secret reference of a source's options: `env:NAME` reads the environment,
 * `file:path` a file (relative to the programme folder; surrounding whitespace trimmed). The value is
 * returned to the collector only; callers redact it from everything they print or store.
 */
export function resolveSecret(ref: string, dir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (ref.startsWith('env:')) {
    const name = ref.slice(4);
    const value = env[name];
    if (value === undefined || value === '')
      throw new EvidentError('bad_config', `secret ${ref}: the environment variable ${name} is not set`);
    return value;
  }
  if (ref.startsWith('file:')) {
    const path = resolve(dir, ref.slice(5));
    try {
      return readFileSync(path, 'utf8').trim();
    } catch (cause) {
      throw new EvidentError('bad_config', `secret ${ref}: cannot read ${path}`, { cause });
    }
  }
  throw new EvidentError('bad_config', `"${ref}" is not a secret reference (env:NAME or file:path)`);
}
