import { checkBoundaries } from './boundaries.ts';

const violations = checkBoundaries(process.cwd());
for (const v of violations) console.error(`${v.file}:${v.line}: imports ${v.imports}: ${v.rule}`);
if (violations.length) {
  console.error(`${violations.length} import(s) cross the arrows of DESIGN.md §8 (see ARCHITECTURE.md)`);
  process.exit(1);
}
console.log('boundaries: every import follows the arrows');
