import { createHash } from 'node:crypto';
import { PACKAGE } from './package-layout.ts';
import type { PackageProblem } from './package-problem.ts';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Every file against the manifest: each listed file present with its SHA-256 and size, nothing unlisted,
 * nothing twice. Returns the files whose bytes are as listed, which the later checks may trust.
 */
export function checkFiles(
  files: ReadonlyMap<string, Buffer>,
  duplicates: readonly string[],
  listed: readonly { path: string; sha256: string; size: number }[],
  problems: PackageProblem[],
): Set<string> {
  const sound = new Set<string>();
  const seen = new Set<string>();
  for (const f of listed) {
    if (seen.has(f.path)) problems.push({ file: f.path, problem: 'listed twice in the manifest' });
    seen.add(f.path);
    const data = files.get(f.path);
    if (!data) {
      problems.push({ file: f.path, problem: 'removed: listed in the manifest but not in the package' });
      continue;
    }
    const actual = sha256(data);
    if (actual !== f.sha256 || data.length !== f.size) {
      problems.push({
        file: f.path,
        problem: `altered: SHA-256 ${actual} (${data.length} bytes), the manifest says ${f.sha256} (${f.size} bytes)`,
      });
      continue;
    }
    sound.add(f.path);
  }
  for (const path of files.keys()) {
    if (path === PACKAGE.manifest || path === PACKAGE.manifestSignature || seen.has(path)) continue;
    problems.push({ file: path, problem: 'added: in the package but not listed in the manifest' });
  }
  for (const path of duplicates) problems.push({ file: path, problem: 'stored twice in the zip archive' });
  return sound;
}
