import type { Catalog } from '../core/catalog.ts';
import { CATEGORY_TITLES } from '../core/category.ts';
import type { Programme } from '../core/programme.ts';
import type { ControlResult, Evaluation } from '../engine/evaluation.ts';
import { controlWords } from './control-words.ts';
import type {
  EvidenceRef,
  ReportControl,
  ReportIncident,
  ReportModel,
  ReportSample,
  SystemChange,
} from './report-model.ts';

/** An `incident` evidence record as read from the store: its id, event time and payload. */
export type IncidentRecord = { id: string; observed_at: string; data: Record<string, unknown> };

export type ReportInputs = {
  generated_at: string;
  programme: Programme;
  catalog: Catalog;
  evaluation: Evaluation;
  /** Samples drawn for the period, by control id (Type II only). */
  samples: Record<string, ReportSample>;
  /** Incident records observed in the period, in ledger order (a later export of an id wins). */
  incidents: IncidentRecord[];
  /** Changes from the programme's git history; undefined when it has none. */
  changes: SystemChange[] | undefined;
  evidence: EvidenceRef[];
  ledger?: ReportModel['ledger'];
};

/** Assembles the report model (docs/reports.md): no judgement of its own, only what the engine decided. */
export function buildReportModel(input: ReportInputs): ReportModel {
  const { programme, catalog, evaluation } = input;
  const byControl = new Map(programme.controls.map((c) => [c.id, c]));
  const controls = evaluation.controls.map((r) =>
    reportControl(r, input, byControl.get(r.id) ?? missingControl(r.id)),
  );
  const criteria = evaluation.criteria.map((c) => ({ ...c, category: categoryOf(catalog, c.id) }));
  const titles = new Map(catalog.tsc.criteria.map((c) => [c.id, c.title]));
  const atRisk = criteria.filter((c) => c.status === 'at_risk').map(({ id, title }) => ({ id, title }));
  return {
    generated_at: input.generated_at,
    organisation: programme.organisation,
    system: programme.system,
    type: evaluation.type,
    period: evaluation.period,
    ...(evaluation.as_of ? { as_of: evaluation.as_of } : {}),
    categories: programme.categories.map((id) => ({ id, title: CATEGORY_TITLES[id] })),
    criteria,
    not_relevant: programme.not_relevant.map((n) => ({
      ...n,
      title: titles.get(n.criterion) ?? n.criterion,
    })),
    controls,
    incidents: latestIncidents(input.incidents),
    subservice: programme.vendors
      .filter((v) => v.subservice)
      .map((v) => ({
        name: v.name,
        service: v.service,
        treatment: v.treatment ?? 'carve-out',
        csocs: v.csocs,
      })),
    cuecs: programme.cuecs,
    changes: input.changes ?? [],
    changes_source: input.changes ? 'git' : 'none',
    assertion: { modified: atRisk.length > 0, at_risk: atRisk },
    summary: evaluation.summary,
    responses_missing: controls
      .filter((c) => c.exceptions.length > 0 && !c.management_response)
      .map((c) => c.id),
    evidence: Object.fromEntries(input.evidence.map((e) => [e.id, e])),
    ...(input.ledger ? { ledger: input.ledger } : {}),
  };
}

function reportControl(
  r: ControlResult,
  input: ReportInputs,
  control: Programme['controls'][number],
): ReportControl {
  const sample = input.samples[r.id];
  const response = input.programme.management_responses[r.id];
  const retro = r.details.retroactive as { count?: number } | undefined;
  const words = controlWords(r, control, input.evaluation);
  return {
    id: r.id,
    title: r.title,
    description: control.description,
    owner: control.owner,
    frequency: r.frequency,
    test: r.test,
    params: control.params,
    criteria: r.criteria,
    iso: control.iso,
    status: r.status,
    expected: r.expected,
    met: r.met,
    tested: words.tested,
    result: words.result,
    exceptions: r.exceptions,
    population: r.population,
    ...(sample ? { sample } : {}),
    details: r.details,
    retroactive: retro?.count ?? 0,
    ...(response ? { management_response: response } : {}),
    ...(r.status === 'not_applicable' ? { justification: control.justification ?? '' } : {}),
  };
}

function missingControl(id: string): never {
  throw new Error(`evaluated control ${id} is not in the programme`);
}

function categoryOf(catalog: Catalog, criterion: string) {
  const c = catalog.tsc.criteria.find((x) => x.id === criterion);
  if (!c) throw new Error(`criterion ${criterion} is not in the catalog`);
  return c.category;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** DC4: one line per incident id, the latest export of it (incidents are exported again when resolved). */
function latestIncidents(records: readonly IncidentRecord[]): ReportIncident[] {
  const byId = new Map<string, ReportIncident>();
  for (const r of records) {
    const d = r.data;
    const id = text(d.id) ?? r.id;
    const resolved = text(d.resolved_at);
    const resolution = text(d.resolution);
    const postmortem = text(d.postmortem);
    byId.set(id, {
      id,
      title: text(d.title) ?? '',
      severity: text(d.severity) ?? '',
      opened_at: text(d.opened_at) ?? r.observed_at,
      ...(resolved ? { resolved_at: resolved } : {}),
      ...(resolution ? { resolution } : {}),
      ...(postmortem ? { postmortem } : {}),
      evidence: r.id,
    });
  }
  return [...byId.values()].sort(
    (a, b) => a.opened_at.localeCompare(b.opened_at) || a.id.localeCompare(b.id),
  );
}
