import { createHash } from 'node:crypto';
import { canonicalBytes } from '../../core/canonical-json.ts';
import { type EvidenceDraft, validateDraft } from '../../core/evidence/envelope.ts';
import { recordBytes } from '../../core/evidence/record-bytes.ts';
import type { Unit } from '../../engine/control-test-run.ts';
import { drawSample, inPeriodOrder, populationEntry } from '../../engine/sampling/index.ts';
import { formatCheckpoint, generateSigner, signNote } from '../../ledger/checkpoint/index.ts';
import { hashLeaf, inclusionProof, rootOf } from '../../ledger/merkle/index.ts';
import {
  type ManifestFile,
  PACKAGE,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type PackagedSample,
  type PackageManifest,
} from './package-layout.ts';
import { manifestNoteBody } from './package-schemas.ts';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const draft = (value: unknown): EvidenceDraft => {
  const checked = validateDraft(value);
  if (checked.problems) throw new Error(JSON.stringify(checked.problems));
  return checked.draft;
};

/**
 * A small, sound audit package built from the ledger's own primitives (test data for the verifier):
 * twelve change records, a frozen population with its sample, a signed checkpoint and manifest. Built
 * without a database, so property tests can alter it thousands of ways quickly.
 */
export function packageFixture(): { files: Map<string, Buffer>; verifierKey: string } {
  const { signerKey, verifierKey } = generateSigner('evident-fixture');
  const changes = Array.from({ length: 12 }, (_, i) => {
    const day = `2026-${String(i + 1).padStart(2, '0')}-15`;
    return draft({
      type: 'change',
      source: 'git',
      subject: 'api',
      observed_at: `${day}T10:00:00Z`,
      data: {
        id: `PR-${i}`,
        title: `change ${i}`,
        author: 'ana',
        merged_at: `${day}T10:00:00Z`,
        approvers: i === 4 ? [] : ['bo'],
        ci_passed: true,
        emergency: false,
      },
    });
  });
  const stored = changes.map((d) => recordBytes(d, '2026-12-31T12:00:00.000Z'));
  const population: Unit[] = stored.map((r, i) => {
    const day = changes[i]?.observed_at.slice(0, 10) ?? '';
    return { label: r.id, start: day, end: day, status: i === 4 ? 'failed' : 'met', evidence: [r.id] };
  });
  const sample = drawSample({
    controlId: 'change-approval',
    frequency: 'event',
    population,
    seed: '2026-01-01..2026-12-31',
    priorExceptions: false,
  });
  const populationBytes = canonicalBytes(inPeriodOrder(population).map(populationEntry));
  const frozen = recordBytes(
    draft({
      type: 'document',
      source: 'evident-sample',
      subject: 'change-approval',
      observed_at: '2026-12-31T23:59:59Z',
      data: {
        title: 'Population of change-approval',
        kind: 'sample_population',
        sha256: sample.population_sha256,
      },
      artifacts: [
        {
          name: 'population.json',
          sha256: sample.population_sha256,
          size: populationBytes.length,
          media_type: 'application/json',
        },
      ],
    }),
    '2026-12-31T23:59:59.000Z',
  );
  const leaves = [...stored, frozen].map((r) => hashLeaf(Buffer.from(r.leaf)));
  const size = leaves.length;
  const root = rootOf(leaves);
  const subtree = (level: number, index: number) =>
    rootOf(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level));
  const records = [...stored, frozen].map((r, index) => ({
    index,
    id: r.id,
    leaf: r.leaf,
    leaf_hash: leaves[index]?.toString('hex') ?? '',
    proof: inclusionProof(index, size, subtree).map((p) => p.toString('hex')),
  }));
  const packaged: PackagedSample = {
    control: 'change-approval',
    frequency: 'event',
    prior_exceptions: false,
    seed: sample.seed,
    method: sample.method,
    sample_size: sample.sample_size,
    population_size: sample.population_size,
    population_sha256: sample.population_sha256,
    population_file: `${PACKAGE.artifactsDir}${sample.population_sha256}`,
    frozen_record: frozen.id,
    items: sample.items.map((u) => u.label),
  };
  const origin = 'evident/fixture/00000000';
  const files = new Map<string, Buffer>([
    [PACKAGE.records, Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(''))],
    [packaged.population_file, populationBytes],
    [PACKAGE.samples, Buffer.from(`${JSON.stringify([packaged], null, 2)}\n`)],
    [PACKAGE.checkpoint, Buffer.from(signNote(formatCheckpoint({ origin, size, root }), signerKey))],
    [PACKAGE.verifierKey, Buffer.from(`${verifierKey}\n`)],
    ['report/report.md', Buffer.from('# SOC 2 Type II report — DRAFT\n')],
  ]);
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    generated_at: '2027-01-10T09:00:00.000Z',
    organisation: 'Fixture Ltd',
    system: 'Fixture',
    type: 'II',
    period: { start: '2026-01-01', end: '2026-12-31' },
    ledger: { origin, size, root: root.toString('hex') },
    omitted: [],
    files: [...files]
      .map(([path, data]): ManifestFile => ({ path, sha256: sha256(data), size: data.length }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  files.set(PACKAGE.manifest, Buffer.from(manifestText));
  files.set(
    PACKAGE.manifestSignature,
    Buffer.from(signNote(manifestNoteBody(sha256(manifestText)), signerKey)),
  );
  return { files, verifierKey };
}
