import { Cron } from 'croner';
import type { CollectorDefinition } from '../collectors/kit/define-collector.ts';
import { COLLECTORS } from '../collectors/registry.ts';
import { EvidentError, type Problem } from '../core/errors.ts';
import { formatPath } from '../core/json-path.ts';
import type { Programme, Source } from '../core/programme.ts';

export type ResolvedSource = { source: Source; collector: CollectorDefinition<unknown>; config: unknown };
export type CollectorRegistry = Readonly<Record<string, CollectorDefinition<never>>>;

/**
 * The programme's sources with their collectors and validated options. Every problem is reported at
 * once, each with its place in evident.yaml: an unknown collector, options the collector rejects, a
 * schedule that is not a cron expression.
 */
export function resolveSources(
  programme: Programme,
  registry: CollectorRegistry = COLLECTORS,
): ResolvedSource[] {
  const problems: Problem[] = [];
  const file = 'evident.yaml';
  const resolved: ResolvedSource[] = [];
  programme.sources.forEach((source, i) => {
    const at = `sources[${i}]`;
    const collector = registry[source.collector] as CollectorDefinition<unknown> | undefined;
    if (!collector) {
      problems.push({
        message: `unknown collector "${source.collector}" (known: ${Object.keys(registry).join(', ') || 'none'})`,
        position: { file, path: `${at}.collector` },
      });
      return;
    }
    const parsed = collector.configSchema.safeParse(source.options);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          message: issue.message,
          position: { file, path: formatPath(['sources', i, 'options', ...issue.path]) },
        });
      return;
    }
    if (source.schedule) {
      try {
        new Cron(source.schedule, { paused: true, timezone: 'UTC' }).stop();
      } catch (e) {
        problems.push({
          message: `"${source.schedule}" is not a cron expression (${(e as Error).message})`,
          position: { file, path: `${at}.schedule` },
        });
        return;
      }
    }
    resolved.push({ source, collector, config: parsed.data });
  });
  if (problems.length)
    throw new EvidentError('bad_config', `${problems.length} problem(s) in the sources of evident.yaml`, {
      problems,
    });
  return resolved;
}
