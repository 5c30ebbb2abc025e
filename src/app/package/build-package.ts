import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { addDays } from '../../core/dates.ts';
import { EvidentError } from '../../core/errors.ts';
import { EVIDENCE_TYPES } from '../../core/evidence-type.ts';
import { decryptBlob } from '../../ledger/blobs/blob-cipher.ts';
import { openNote, parseCheckpoint, signNote } from '../../ledger/checkpoint/index.ts';
import { inclusionProof } from '../../ledger/stored-tree.ts';
import type { ReportModel } from '../../reports/report-model.ts';
import type { EvidenceRow } from '../../store/store.ts';
import { assembleReport } from '../assemble-report.ts';
import { evaluationScope } from '../evaluate-programme.ts';
import { FROZEN_SOURCE } from '../freeze-population.ts';
import { renderReport } from '../render-report.ts';
import { withWorkspace } from '../with-workspace.ts';
import type { Workspace } from '../workspace.ts';
import {
  type ManifestFile,
  PACKAGE,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type PackagedRecord,
  type PackagedSample,
  type PackageManifest,
} from './package-layout.ts';
import { packageReadme } from './package-readme.ts';
import { manifestNoteBody } from './package-schemas.ts';
import { type ZipEntry, zipBytes } from './zip-bytes.ts';

export type PackageOptions = {
  out: string;
  period?: string;
  seed?: string;
  now?: Date;
  onProgress?: (message: string) => void;
};

export type PackageResult = {
  out: string;
  bytes: number;
  sha256: string;
  files: number;
  records: number;
  artifacts: number;
  samples: number;
  omitted: PackageManifest['omitted'];
  ledger: PackageManifest['ledger'];
};

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * `evident package`: the report, the workbook and the OSCAL file, every evidence record of the period with
 * its inclusion proof against the latest signed checkpoint and its artifacts decrypted, the frozen
 * populations and samples, and the ledger's public key — listed with SHA-256 in a manifest signed by the
 * ledger key, so `evident verify --package` can check all of it offline (docs/package.md).
 */
export function buildPackage(dir: string, o: PackageOptions): Promise<PackageResult> {
  return withWorkspace(dir, async (ws) => {
    const scope = evaluationScope(ws.programme, o.period ? { period: o.period } : {});
    const model = await assembleReport(ws, scope, {
      freeze: true,
      ...(o.seed ? { seed: o.seed } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    const checkpoint = await ws.store.latestCheckpoint();
    if (!checkpoint)
      throw new EvidentError(
        'not_found',
        'the ledger has no checkpoint yet: import or collect evidence first',
      );
    const size = checkpoint.size;
    const entries: ZipEntry[] = [];
    const omitted: PackageManifest['omitted'] = [];
    for (const format of ['md', 'html', 'pdf', 'xlsx', 'oscal'] as const) {
      o.onProgress?.(`rendering the ${format} report…`);
      try {
        for (const f of await renderReport(model, format, ws))
          entries.push({ path: `report/${f.path}`, data: f.data });
      } catch (error) {
        // Only the PDF depends on the machine (a browser); any other failure is a defect and is raised.
        if (format !== 'pdf' || !(error instanceof EvidentError)) throw error;
        omitted.push({ path: 'report/report.pdf', reason: error.message });
      }
    }
    o.onProgress?.('collecting the evidence records and their proofs…');
    const rows = await recordsOfPackage(ws, model, size);
    const records: PackagedRecord[] = [];
    const artifacts = new Map<string, Buffer>();
    for (const [n, row] of rows.entries()) {
      if (n % 500 === 0)
        o.onProgress?.(`proved ${n.toLocaleString('en')} of ${rows.length.toLocaleString('en')} records…`);
      const proof = await inclusionProof(ws.store, row.seq, size);
      records.push({
        index: row.seq,
        id: row.id,
        leaf: row.body,
        leaf_hash: row.leaf_hash,
        proof: proof.map((p) => p.toString('hex')),
      });
      for (const a of artifactsOf(row)) {
        if (artifacts.has(a)) continue;
        const blob = await ws.store.getBlob(a);
        if (!blob)
          throw new EvidentError('integrity', `record ${row.id} names artifact ${a}, which is not stored`);
        artifacts.set(a, decryptBlob(blob, ws.keyring.all));
      }
    }
    entries.push({ path: PACKAGE.records, data: records.map((r) => `${JSON.stringify(r)}\n`).join('') });
    for (const [address, bytes] of artifacts)
      entries.push({ path: `${PACKAGE.artifactsDir}${address}`, data: bytes });
    const samples = packagedSamples(ws, model, rows);
    entries.push({ path: PACKAGE.samples, data: `${JSON.stringify(samples, null, 2)}\n` });
    entries.push({ path: PACKAGE.checkpoint, data: checkpoint.note });
    entries.push({ path: PACKAGE.verifierKey, data: `${ws.verifierKey}\n` });
    entries.push({ path: PACKAGE.readme, data: packageReadme(model) });

    const parsed = parseCheckpoint(openNote(checkpoint.note, [ws.verifierKey]).body);
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      generated_at: model.generated_at,
      organisation: model.organisation.name,
      system: model.system.name,
      type: model.type,
      period: model.period,
      ledger: { origin: parsed.origin, size, root: parsed.root.toString('hex') },
      omitted,
      files: entries
        .map((e): ManifestFile => ({ path: e.path, sha256: sha256(e.data), size: Buffer.byteLength(e.data) }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    entries.push({ path: PACKAGE.manifest, data: manifestText });
    entries.push({
      path: PACKAGE.manifestSignature,
      data: signNote(manifestNoteBody(sha256(manifestText)), ws.signerKey),
    });
    o.onProgress?.('writing the package…');
    const zip = await zipBytes(entries);
    try {
      writeFileSync(o.out, zip);
    } catch (cause) {
      throw new EvidentError('io', `cannot write ${o.out}: ${(cause as Error).message}`, { cause });
    }
    return {
      out: o.out,
      bytes: zip.length,
      sha256: sha256(zip),
      files: entries.length,
      records: records.length,
      artifacts: artifacts.size,
      samples: samples.length,
      omitted,
      ledger: manifest.ledger,
    };
  });
}

/**
 * The records of the period: every record observed in it, and every record a judged unit or an
 * incident refers to (an annual slot's window and grace days reach before and after the period),
 * all within the checkpoint's tree size, in ledger order.
 */
async function recordsOfPackage(ws: Workspace, model: ReportModel, size: number): Promise<EvidenceRow[]> {
  const bySeq = new Map<number, EvidenceRow>();
  for (const type of EVIDENCE_TYPES) {
    for (let after: { observed_at: string; seq: number } | undefined; ; ) {
      const rows = await ws.store.evidenceByTime({
        type,
        since: model.period.start,
        until: addDays(model.period.end, 1),
        ...(after ? { after } : {}),
        limit: 2000,
      });
      for (const r of rows) if (r.seq < size) bySeq.set(r.seq, r);
      const last = rows.at(-1);
      if (!last) break;
      after = { observed_at: last.observed_at, seq: last.seq };
    }
  }
  for (const ref of Object.values(model.evidence)) {
    if (bySeq.has(ref.ledger_index) || ref.ledger_index >= size) continue;
    const [row] = await ws.store.evidenceRange(ref.ledger_index, ref.ledger_index + 1);
    if (row) bySeq.set(row.seq, row);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function artifactsOf(row: EvidenceRow): string[] {
  const body = JSON.parse(row.body) as { artifacts?: { sha256: string }[] };
  return (body.artifacts ?? []).map((a) => a.sha256);
}

/** Each sample with the frozen record and artifact holding the population it was drawn from. */
function packagedSamples(ws: Workspace, model: ReportModel, rows: readonly EvidenceRow[]): PackagedSample[] {
  const frozen = new Map<string, string>();
  for (const r of rows) {
    if (r.type !== 'document' || r.source !== FROZEN_SOURCE) continue;
    const body = JSON.parse(r.body) as { data: { sha256: string } };
    frozen.set(`${r.subject}/${body.data.sha256}`, r.id);
  }
  return model.controls.flatMap((c): PackagedSample[] => {
    const s = c.sample;
    if (!s) return [];
    const control = ws.programme.controls.find((p) => p.id === c.id);
    const record = frozen.get(`${c.id}/${s.population_sha256}`);
    if (!record) throw new Error(`the frozen population of ${c.id} is not among the package's records`);
    return [
      {
        control: c.id,
        frequency: c.frequency,
        prior_exceptions: control?.prior_exceptions ?? false,
        seed: s.seed,
        method: s.method,
        sample_size: s.sample_size,
        population_size: s.population_size,
        population_sha256: s.population_sha256,
        population_file: `${PACKAGE.artifactsDir}${s.population_sha256}`,
        frozen_record: record,
        items: s.items.map((u) => u.label),
      },
    ];
  });
}
