import { addDays } from '../core/dates.ts';
import type { EvaluationScope } from '../engine/control-run.ts';
import { drawSample } from '../engine/sampling/index.ts';
import { buildReportModel, type IncidentRecord } from '../reports/build-report-model.ts';
import type { EvidenceRef, ReportModel, ReportSample } from '../reports/report-model.ts';
import type { EvidenceRow, Store } from '../store/store.ts';
import { evaluateWith } from './evaluate-programme.ts';
import { freezePopulation } from './freeze-population.ts';
import { programmeChanges } from './programme-changes.ts';
import type { Workspace } from './workspace.ts';

export type AssembleOptions = {
  /** The engagement's sampling seed; default the period as `START..END` (as `evident sample`). */
  seed?: string;
  /** Write each sampled population into the ledger (the package does; a report draft does not). */
  freeze?: boolean;
  now?: Date;
  onProgress?: (message: string) => void;
};

/**
 * Everything a report needs, read from the workspace: the evaluation, a sample per tested control
 * (Type II), the incidents of the period, the programme's git history and where every referenced record
 * sits in the ledger. The model itself is built by the pure `buildReportModel`.
 */
export async function assembleReport(
  ws: Workspace,
  scope: EvaluationScope,
  o: AssembleOptions = {},
): Promise<ReportModel> {
  const { store, programme, catalog } = ws;
  const evaluation = await evaluateWith(ws, store, scope, (n) =>
    o.onProgress?.(`evaluated ${n.toLocaleString('en')} evidence records…`),
  );
  const samples: Record<string, ReportSample> = {};
  if (scope.type === 'II') {
    const seed = o.seed ?? `${scope.period.start}..${scope.period.end}`;
    for (const result of evaluation.controls) {
      const control = programme.controls.find((c) => c.id === result.id);
      if (!control || result.status === 'not_applicable' || !result.population.length) continue;
      const s = drawSample({
        controlId: control.id,
        frequency: control.frequency,
        population: result.population,
        seed,
        priorExceptions: control.prior_exceptions,
      });
      if (o.freeze)
        await freezePopulation(ws, {
          control: control.id,
          period: scope.period,
          population: result.population,
          populationSha256: s.population_sha256,
        });
      samples[control.id] = {
        seed,
        method: s.method,
        sample_size: s.sample_size,
        population_size: s.population_size,
        population_sha256: s.population_sha256,
        items: s.items,
      };
    }
  }
  o.onProgress?.('reading incidents and ledger references…');
  const incidents = await incidentsOf(store, evaluation.period);
  const ids = new Set<string>(incidents.map((i) => i.id));
  for (const c of evaluation.controls) for (const u of c.population) for (const id of u.evidence) ids.add(id);
  const evidence = await evidenceRefs(store, ids);
  const head = await store.head();
  const checkpoint = await store.latestCheckpoint();
  return buildReportModel({
    generated_at: (o.now ?? new Date()).toISOString(),
    programme,
    catalog,
    evaluation,
    samples,
    incidents,
    changes: await programmeChanges(programme.dir, evaluation.period),
    evidence,
    ledger: { size: head.size, root: head.root, ...(checkpoint ? { checkpoint: checkpoint.note } : {}) },
  });
}

async function incidentsOf(store: Store, period: { start: string; end: string }): Promise<IncidentRecord[]> {
  const out: (IncidentRecord & { seq: number })[] = [];
  for (let after: { observed_at: string; seq: number } | undefined; ; ) {
    const rows = await store.evidenceByTime({
      type: 'incident',
      since: period.start,
      until: addDays(period.end, 1),
      ...(after ? { after } : {}),
      limit: 1000,
    });
    for (const r of rows) {
      const body = JSON.parse(r.body) as { data: Record<string, unknown> };
      out.push({ id: r.id, observed_at: r.observed_at, data: body.data, seq: r.seq });
    }
    const last = rows.at(-1);
    if (!last) break;
    after = { observed_at: last.observed_at, seq: last.seq };
  }
  return out.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...r }) => r);
}

export const evidenceRef = (r: EvidenceRow): EvidenceRef => ({
  id: r.id,
  ledger_index: r.seq,
  type: r.type,
  source: r.source,
  subject: r.subject,
  observed_at: r.observed_at,
  collected_at: r.collected_at,
  leaf_hash: r.leaf_hash,
});

async function evidenceRefs(store: Store, ids: ReadonlySet<string>): Promise<EvidenceRef[]> {
  const out: EvidenceRef[] = [];
  for (const id of ids) {
    const [row] = await store.findEvidence(id, 1);
    if (row?.id === id) out.push(evidenceRef(row));
  }
  return out;
}
