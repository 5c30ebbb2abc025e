import type { Catalog } from '../core/catalog.ts';
import { ControlSchema } from '../core/control.ts';
import { CONTROL_TEST_PARAMS } from '../core/control-test.ts';
import type { Problem } from '../core/errors.ts';
import { type YamlSource, zodProblems } from '../core/parse-yaml.ts';
import { asProgrammeControl, type ProgrammeControl } from '../core/programme.ts';
import type { ControlOverride } from './control-override-schema.ts';

export type OverrideFile = { override: ControlOverride; source: YamlSource };

const MIN_JUSTIFICATION = 20;

/** Applies `controls/` files to the library: the controls the programme runs, or what is wrong. */
export function resolveControls(
  catalog: Catalog,
  files: OverrideFile[],
): { controls: ProgrammeControl[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const criteria = new Set(catalog.tsc.criteria.map((c) => c.id));
  const iso = new Set(catalog.iso.controls.map((c) => c.id));
  const areas = new Set(catalog.findings.map((f) => f.area));
  const library = new Map(catalog.controls.map((c) => [c.id, c]));
  const controls = new Map<string, ProgrammeControl>(
    catalog.controls.map((c) => [c.id, asProgrammeControl(c)]),
  );
  const seen = new Map<string, string>();

  for (const { override, source } of files) {
    const say = (message: string, path: (string | number)[] = [], key?: string) =>
      problems.push({ message, position: source.positionOf(path, key) });
    const { id, custom, enabled, justification, prior_exceptions, params, ...changes } = override;
    const earlier = seen.get(id);
    if (earlier) {
      say(`control "${id}" is already overridden in ${earlier}`, ['id']);
      continue;
    }
    seen.set(id, source.file);
    const base = library.get(id);
    if (custom && base) {
      say(`"${id}" is a library control: drop "custom: true" to override it, or choose another id`, [
        'custom',
      ]);
      continue;
    }
    if (!custom && !base) {
      say(`unknown control "${id}" (to add a control of your own, set "custom: true")`, ['id']);
      continue;
    }
    const merged = { ...base, ...changes, id, params: { ...base?.params, ...params } };
    const parsed = ControlSchema.safeParse(merged);
    if (!parsed.success) {
      if (custom) problems.push(...zodProblems(source, parsed.error));
      else say(`override of "${id}" makes it invalid: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      continue;
    }
    const control = parsed.data;
    control.criteria.forEach((ref, i) => {
      if (!criteria.has(ref)) say(`unknown criterion "${ref}"`, ['criteria', i]);
    });
    control.iso.forEach((ref, i) => {
      if (!iso.has(ref)) say(`unknown ISO/IEC 27001:2022 Annex A control "${ref}"`, ['iso', i]);
    });
    const allowed: readonly string[] = CONTROL_TEST_PARAMS[control.test];
    for (const key of Object.keys(params ?? {})) {
      if (!allowed.includes(key)) {
        say(
          `test "${control.test}" has no parameter "${key}" (it takes: ${allowed.join(', ') || 'none'})`,
          ['params'],
          key,
        );
      }
    }
    if (control.finding_area && !areas.has(control.finding_area)) {
      say(`unknown finding area "${control.finding_area}" (known: ${[...areas].join(', ')})`, [
        'finding_area',
      ]);
    }
    if (enabled === false && (justification?.trim().length ?? 0) < MIN_JUSTIFICATION) {
      say(
        `disabling "${id}" needs a written justification of at least ${MIN_JUSTIFICATION} characters (why it does not apply)`,
        ['enabled'],
      );
    }
    controls.set(id, {
      ...control,
      origin: custom ? 'custom' : 'library',
      enabled: enabled ?? true,
      ...(justification ? { justification } : {}),
      prior_exceptions: prior_exceptions ?? false,
      overridden: Object.keys(override).filter((k) => k !== 'id' && k !== 'custom'),
      override_file: source.file,
    });
  }
  return { controls: [...controls.values()], problems };
}
