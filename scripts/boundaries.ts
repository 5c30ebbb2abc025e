import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The arrows of DESIGN.md §8: which folders of src/ each folder may import. `*` means any folder
 * except the surfaces (cli, server), which nothing imports.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  catalog: ['core'],
  programme: ['core', 'catalog'],
  store: ['core'],
  ledger: ['core'],
  collectors: ['core'],
  engine: ['core'],
  reports: ['core', 'engine'],
  app: ['*'],
  server: ['app'],
  cli: ['app'],
};

/**
 * The one import that may cross into a surface: the composition root (the CLI's command tree) hands the
 * HTTP server's entry to the commands that start a server, which themselves import only app. Exactly this
 * file and this target: nothing else may name src/server or src/cli.
 */
export const COMPOSITION_ROOT = { file: 'cli/program.ts', imports: 'server/serve-programme.ts' } as const;

/** Pure layers never touch the outside world: no file system, network, processes or databases. */
const PURE = ['core', 'engine', 'reports'];
const IO_MODULES =
  /^(node:)?(fs|fs\/promises|net|tls|http|https|http2|child_process|dgram|worker_threads)$|^(pg|better-sqlite3|kysely)$/;
const SURFACES = ['cli', 'server'];

export type Violation = { file: string; line: number; imports: string; rule: string };

const IMPORT =
  /(?:^|\s)(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Every import in `<root>/src` that crosses an arrow it may not. */
export function checkBoundaries(root: string): Violation[] {
  const src = resolve(root, 'src');
  const violations: Violation[] = [];
  for (const file of sourceFiles(src)) {
    const from = relative(src, file).split(sep);
    const module = from[0] ?? '';
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? '';
      const line = text.slice(0, match.index + match[0].search(/\S/)).split('\n').length;
      const at = { file: relative(root, file), line, imports: spec };
      if (!spec.startsWith('.')) {
        if (PURE.includes(module) && IO_MODULES.test(spec) && !file.endsWith('.test.ts')) {
          violations.push({ ...at, rule: `${module} is pure and may not import ${spec}` });
        }
        continue;
      }
      const target = relative(src, resolve(dirname(file), spec)).split(sep);
      const to = target[0] ?? '';
      if (module === 'collectors' && to === 'collectors') {
        // A collector folder may import the kit and itself, never another collector.
        const [, fromFolder] = from;
        const [, toFolder] = target;
        const ok = target.length < 3 || toFolder === 'kit' || toFolder === fromFolder || from.length < 3;
        if (!ok)
          violations.push({
            ...at,
            rule: `collector ${fromFolder} may import only collectors/kit, not ${toFolder}`,
          });
        continue;
      }
      if (to === '..' || to === module || from.length === 1) continue;
      if (from.join('/') === COMPOSITION_ROOT.file && target.join('/') === COMPOSITION_ROOT.imports) continue;
      const allowed = ALLOWED[module];
      if (!allowed) {
        violations.push({
          ...at,
          rule: `src/${module} is not a known module (add it to ALLOWED in scripts/boundaries.ts)`,
        });
      } else if (SURFACES.includes(to) || !(allowed.includes('*') || allowed.includes(to))) {
        violations.push({
          ...at,
          rule: `${module} may import only ${allowed.join(', ') || 'nothing internal'}, not ${to}`,
        });
      }
    }
  }
  return violations;
}
