import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from '../core/catalog.ts';
import { EvidentError, type Problem } from '../core/errors.ts';
import { parseYaml } from '../core/parse-yaml.ts';
import type { Policy, Programme } from '../core/programme.ts';
import { checkScope } from './check-scope.ts';
import { ControlOverrideSchema } from './control-override-schema.ts';
import { EvidentYamlSchema } from './evident-yaml-schema.ts';
import { PolicyFrontMatterSchema } from './policy-schema.ts';
import { type OverrideFile, resolveControls } from './resolve-controls.ts';
import { splitFrontMatter } from './split-front-matter.ts';

export const PROGRAMME_FILE = 'evident.yaml';

const listFiles = (dir: string, pattern: RegExp): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && pattern.test(e.name))
        .map((e) => e.name)
        .sort()
    : [];

/**
 * Reads a programme folder: evident.yaml, controls/*.yaml and policies/*.md. Collects every problem of
 * every file before failing, so one run shows all that needs fixing.
 */
export function loadProgramme(dir: string, catalog: Catalog): { programme: Programme; warnings: Problem[] } {
  const file = join(dir, PROGRAMME_FILE);
  if (!existsSync(file)) {
    throw new EvidentError(
      'bad_config',
      `no ${PROGRAMME_FILE} in ${dir}: run "evident init" there, or pass -C <dir>`,
    );
  }
  const name = (p: string) => relative(dir, p) || p;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  const main = parseYaml(readFileSync(file, 'utf8'), name(file), EvidentYamlSchema);
  problems.push(...main.problems);
  if (main.data) {
    const scope = checkScope(main.data, main.source, catalog);
    problems.push(...scope.errors);
    warnings.push(...scope.warnings);
  }

  const overrides: OverrideFile[] = [];
  for (const f of listFiles(join(dir, 'controls'), /\.ya?ml$/)) {
    const path = join(dir, 'controls', f);
    const result = parseYaml(readFileSync(path, 'utf8'), name(path), ControlOverrideSchema);
    problems.push(...result.problems);
    if (result.data) overrides.push({ override: result.data, source: result.source });
  }
  const resolved = resolveControls(catalog, overrides);
  problems.push(...resolved.problems);
  if (main.data) {
    const known = new Set(resolved.controls.map((c) => c.id));
    for (const id of Object.keys(main.data.management_responses)) {
      if (!known.has(id))
        problems.push({
          message: `management response for "${id}", which is not a control of this programme`,
          position: main.source.positionOf(['management_responses', id]),
        });
    }
  }

  const policies: Policy[] = [];
  const criteria = new Set(catalog.tsc.criteria.map((c) => c.id));
  for (const f of listFiles(join(dir, 'policies'), /\.md$/)) {
    const path = join(dir, 'policies', f);
    const text = readFileSync(path, 'utf8');
    const parts = splitFrontMatter(text);
    if (!parts) {
      problems.push({
        message: 'a policy starts with front matter between "---" lines (title, version, owner …)',
        position: { file: name(path), line: 1, column: 1 },
      });
      continue;
    }
    const result = parseYaml(parts.yaml, name(path), PolicyFrontMatterSchema, parts.yamlLine - 1);
    problems.push(...result.problems);
    if (!result.data) continue;
    result.data.criteria.forEach((ref, i) => {
      if (!criteria.has(ref)) {
        problems.push({
          message: `unknown criterion "${ref}"`,
          position: result.source.positionOf(['criteria', i]),
        });
      }
    });
    policies.push({ ...result.data, file: name(path), body: parts.body });
  }

  if (problems.length || !main.data) {
    throw new EvidentError('bad_config', `the programme in ${dir} is invalid`, { problems });
  }
  const c = main.data;
  return {
    programme: {
      dir,
      organisation: c.organisation,
      system: c.system,
      categories: c.scope.categories,
      not_relevant: c.scope.not_relevant,
      report: c.report,
      vendors: c.vendors,
      cuecs: c.cuecs,
      management_responses: c.management_responses,
      controls: resolved.controls,
      policies,
      storage: c.storage,
      sources: c.sources,
      ...(c.evidence_report ? { evidence_report: c.evidence_report } : {}),
    },
    warnings,
  };
}
