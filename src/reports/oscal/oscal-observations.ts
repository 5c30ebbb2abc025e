import type { Unit } from '../../engine/control-test-run.ts';
import type { ReportControl, ReportModel } from '../report-model.ts';
import { evidentProp } from './evident-prop.ts';
import type { OscalObservation } from './oscal-types.ts';
import { oscalUuid } from './oscal-uuid.ts';
import { relevantEvidence } from './relevant-evidence.ts';

/**
 * Tests whose evidence is a document someone wrote (minutes, a signed plan, an approved policy): NIST SP
 * 800-53A calls reviewing such artefacts EXAMINE, and exercising a mechanism under stated conditions
 * TEST, which is what every other control test does with the systems' own records.
 */
const EXAMINED = new Set(['document', 'policy-review']);

/**
 * One observation per slot or event item of every control's population, met or not, so the export
 * carries the whole population the auditor would sample from; `exceptions` maps each control id to the
 * uuids of its exception observations, for the findings to link.
 */
export function oscalObservations(
  model: ReportModel,
  base: string,
): { observations: OscalObservation[]; exceptions: Map<string, string[]> } {
  const observations: OscalObservation[] = [];
  const exceptions = new Map<string, string[]>();
  for (const control of model.controls) {
    const seen = new Map<string, number>();
    const mine: string[] = [];
    for (const unit of control.population) {
      // Labels are unique within a population; a repeat still gets its own uuid rather than a clash.
      const n = seen.get(unit.label) ?? 0;
      seen.set(unit.label, n + 1);
      const uuid = oscalUuid(`${base}/observation/${control.id}/${unit.label}${n ? `#${n}` : ''}`);
      if (unit.status !== 'met') mine.push(uuid);
      observations.push(observation(uuid, control, unit, model));
    }
    if (mine.length) exceptions.set(control.id, mine);
  }
  return { observations, exceptions };
}

function observation(uuid: string, control: ReportControl, unit: Unit, model: ReportModel): OscalObservation {
  const met = unit.status === 'met';
  const when = unit.start === unit.end ? unit.start : `${unit.start} to ${unit.end}`;
  const what = when === unit.label ? unit.label : `${unit.label} (${when})`;
  const outcome = met
    ? 'met'
    : unit.status === 'missing'
      ? 'exception: missing (no evidence of operation was found)'
      : `exception: ${unit.reason ?? 'failed'}`;
  const refs = unit.evidence.map((id) => model.evidence[id]).filter((r) => r !== undefined);
  return {
    uuid,
    title: `${control.id} ${unit.label}`,
    description: `${control.title}: ${what} — ${outcome}.`,
    props: [evidentProp('control-id', control.id), evidentProp('unit-status', unit.status)],
    methods: [EXAMINED.has(control.test) ? 'EXAMINE' : 'TEST'],
    types: [met ? 'control-objective' : 'discovery'],
    'relevant-evidence': unit.evidence.length
      ? unit.evidence.map((id) => relevantEvidence(id, model.evidence[id]))
      : [
          {
            description:
              unit.status === 'missing'
                ? `No evidence record was found for ${what}.`
                : `No evidence record is attached to ${unit.label}.`,
          },
        ],
    // When the evidence reached the ledger; with none, the end of the slot it was due in.
    collected:
      refs.reduce<string | undefined>(
        (latest, r) => (!latest || Date.parse(r.collected_at) > Date.parse(latest) ? r.collected_at : latest),
        undefined,
      ) ?? `${unit.end}T23:59:59Z`,
  };
}
