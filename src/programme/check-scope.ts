import type { Catalog } from '../core/catalog.ts';
import { addDays, addMonths, monthsCovered } from '../core/dates.ts';
import type { Problem } from '../core/errors.ts';
import type { YamlSource } from '../core/parse-yaml.ts';
import type { EvidentYaml } from './evident-yaml-schema.ts';

/**
 * Rules on evident.yaml that a schema cannot say. Returns errors and warnings separately: a warning is
 * worth knowing (a short period) but does not stop the programme from loading.
 */
export function checkScope(
  config: EvidentYaml,
  source: YamlSource,
  catalog: Catalog,
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (path: (string | number)[]) => source.positionOf(path);

  if (!config.scope.categories.includes('security')) {
    errors.push({
      message:
        'Security is mandatory: the common criteria (CC1–CC9) apply to every SOC 2 examination; add "security" to scope.categories',
      position: at(['scope', 'categories']),
    });
  }
  config.scope.categories.forEach((c, i) => {
    if (config.scope.categories.indexOf(c) !== i) {
      errors.push({ message: `category "${c}" is listed twice`, position: at(['scope', 'categories', i]) });
    }
  });

  if (config.report.type === 'II') {
    const { start, end } = config.report.period;
    const months = monthsCovered(start, end);
    const path = ['report', 'period'];
    if (end < start) {
      errors.push({
        message: `the period ends (${end}) before it starts (${start})`,
        position: at([...path, 'end']),
      });
    } else if (months < 3) {
      errors.push({
        message: `a Type II period must cover 3 to 12 months; ${start}..${end} covers ${months}`,
        position: at(path),
      });
    } else if (end > addDays(addMonths(start, 12), -1)) {
      errors.push({
        message: `a Type II period must cover 3 to 12 months; ${start}..${end} is longer than 12 months`,
        position: at(path),
      });
    } else if (months < 6) {
      warnings.push({
        message: `a ${months}-month period is short: 6 months is the usual minimum, shorter periods are accepted mostly for a first report`,
        position: at(path),
      });
    }
  }

  const byId = new Map(catalog.tsc.criteria.map((c) => [c.id, c]));
  config.scope.not_relevant.forEach((n, i) => {
    const criterion = byId.get(n.criterion);
    const position = at(['scope', 'not_relevant', i, 'criterion']);
    if (!criterion) errors.push({ message: `unknown criterion "${n.criterion}"`, position });
    else if (!config.scope.categories.includes(criterion.category)) {
      errors.push({ message: `${n.criterion} is not in a category in scope`, position });
    }
  });

  config.vendors.forEach((v, i) => {
    if (v.subservice && !v.treatment) {
      errors.push({
        message: `subservice organisation "${v.name}" needs a treatment: carve-out or inclusive`,
        position: at(['vendors', i]),
      });
    }
    if (v.treatment === 'carve-out' && v.csocs.length === 0) {
      warnings.push({
        message: `carved-out "${v.name}" lists no complementary subservice organisation controls (csocs)`,
        position: at(['vendors', i]),
      });
    }
  });
  return { errors, warnings };
}
