import { EvidentError } from '../core/errors.ts';
import { controlScope, inScopeCriteria } from '../engine/control-scope.ts';
import { drawSample, type Sample } from '../engine/sampling/index.ts';
import type { Period } from '../engine/slots.ts';
import { evaluateWith, evaluationScope } from './evaluate-programme.ts';
import { type Frozen, freezePopulation } from './freeze-population.ts';
import { openProgramme } from './open-programme.ts';
import { withWorkspace } from './with-workspace.ts';

export type SampleOptions = {
  control: string;
  /** The engagement's seed; default the period as `START..END`. */
  seed?: string;
  /** `START..END`; default the programme's Type II period. */
  period?: string;
  onProgress?: (records: number) => void;
};

export type ControlSample = Sample & { period: Period; frozen: Frozen };

/**
 * `evident sample`: evaluates one control over the period, draws its sample (DESIGN.md §6,
 * docs/sampling.md) and freezes the judged population in the ledger. The default seed is the period
 * text, so a sample drawn without one is still reproducible from what the package records.
 */
export function sampleControl(
  dir: string,
  o: SampleOptions,
): Promise<ControlSample & { warnings: string[] }> {
  const opened = openProgramme(dir);
  const { programme, catalog } = opened;
  const control = programme.controls.find((c) => c.id === o.control);
  if (!control)
    throw new EvidentError(
      'not_found',
      `no control "${o.control}" in this programme ("evident controls" lists them)`,
    );
  const where = controlScope(control, inScopeCriteria(programme, catalog));
  if (where === 'not_applicable')
    throw new EvidentError(
      'bad_input',
      `control ${control.id} is not applicable (disabled: ${control.justification ?? 'no justification'}); it has no population to sample`,
    );
  if (where === 'out_of_scope')
    throw new EvidentError(
      'bad_input',
      `control ${control.id} is out of scope: none of its criteria (${control.criteria.join(', ')}) is in a category in scope`,
    );
  const scope = evaluationScope(programme, o.period ? { period: o.period } : {});
  if (scope.type !== 'II')
    throw new EvidentError(
      'bad_input',
      `samples are drawn over a Type II period, and the programme's report is Type I as of ${scope.as_of}: give --period START..END`,
    );
  const { period } = scope;
  const seed = o.seed ?? `${period.start}..${period.end}`;
  if (!seed) throw new EvidentError('bad_input', '--seed: the seed must not be empty');
  return withWorkspace(dir, async (ws) => {
    const evaluation = await evaluateWith(
      { catalog, programme: { ...programme, controls: [control] } },
      ws.store,
      scope,
      o.onProgress,
    );
    const result = evaluation.controls.find((c) => c.id === control.id);
    if (!result) throw new Error(`control ${control.id} was not evaluated`);
    const sample = drawSample({
      controlId: control.id,
      frequency: control.frequency,
      population: result.population,
      seed,
      priorExceptions: control.prior_exceptions,
    });
    const frozen = await freezePopulation(ws, {
      control: control.id,
      period,
      population: result.population,
      populationSha256: sample.population_sha256,
    });
    return { ...sample, period, frozen, warnings: opened.warnings.map((w) => w.message) };
  });
}
