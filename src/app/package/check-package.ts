import { createHash } from 'node:crypto';
import {
  type Checkpoint,
  openNote,
  parseCheckpoint,
  parseVerifierKey,
} from '../../ledger/checkpoint/index.ts';
import { checkFiles } from './check-files.ts';
import { checkRecords } from './check-records.ts';
import { checkSamples } from './check-samples.ts';
import { PACKAGE } from './package-layout.ts';
import { type PackageProblem, parseJsonAs } from './package-problem.ts';
import { ManifestSchema, manifestNoteBody } from './package-schemas.ts';

export type PackageReport = {
  ok: boolean;
  files: number;
  records: number;
  samples: number;
  /** The key the package is signed with (`name+hash`), for the auditor to compare with management's. */
  key?: string;
  checkpoint?: { origin: string; size: number; root: string };
  problems: PackageProblem[];
};

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Verifies an unpacked audit package with nothing but its own bytes (and, when given, the ledger key the
 * auditor got from management): manifest signature, every file's hash, checkpoint signature, every
 * record's inclusion proof and id, every artifact, every sample re-drawn (docs/package.md).
 */
export function checkPackage(
  files: ReadonlyMap<string, Buffer>,
  duplicates: readonly string[],
  pinnedKey?: string,
): PackageReport {
  const problems: PackageProblem[] = [];
  const done = (extra: Partial<PackageReport> = {}): PackageReport => ({
    ok: problems.length === 0,
    files: files.size,
    records: 0,
    samples: 0,
    ...extra,
    problems,
  });
  const keyText = files.get(PACKAGE.verifierKey)?.toString('utf8').trim();
  if (!keyText) {
    problems.push({
      file: PACKAGE.verifierKey,
      problem: 'missing: the package has no ledger key to check signatures with',
    });
    return done();
  }
  let keyName: string;
  try {
    const k = parseVerifierKey(keyText);
    keyName = `${k.name}+${k.hash.toString(16).padStart(8, '0')}`;
  } catch (error) {
    problems.push({ file: PACKAGE.verifierKey, problem: `not a verifier key: ${(error as Error).message}` });
    return done();
  }
  if (pinnedKey !== undefined && pinnedKey.trim() !== keyText)
    problems.push({ file: PACKAGE.verifierKey, problem: 'differs from the ledger key given with --key' });

  const manifestBytes = files.get(PACKAGE.manifest);
  if (!manifestBytes) {
    problems.push({
      file: PACKAGE.manifest,
      problem: 'missing: nothing can be checked without the manifest',
    });
    return done({ key: keyName });
  }
  const signature = files.get(PACKAGE.manifestSignature);
  if (!signature)
    problems.push({ file: PACKAGE.manifestSignature, problem: 'missing: the manifest is not signed' });
  else {
    try {
      const { body } = openNote(signature, [keyText]);
      if (body !== manifestNoteBody(sha256(manifestBytes)))
        problems.push({
          file: PACKAGE.manifest,
          problem: 'altered: its SHA-256 is not the one signed in manifest.sig',
        });
    } catch (error) {
      problems.push({
        file: PACKAGE.manifestSignature,
        problem: `signature does not verify: ${(error as Error).message}`,
      });
    }
  }
  const manifest = parseJsonAs(ManifestSchema, manifestBytes.toString('utf8'), PACKAGE.manifest, problems);
  if (!manifest) return done({ key: keyName });
  const sound = checkFiles(files, duplicates, manifest.files, problems);

  let checkpoint: Checkpoint | undefined;
  const note = files.get(PACKAGE.checkpoint);
  if (note) {
    try {
      checkpoint = parseCheckpoint(openNote(note, [keyText]).body);
    } catch (error) {
      problems.push({
        file: PACKAGE.checkpoint,
        problem: `checkpoint does not verify: ${(error as Error).message}`,
      });
    }
  } else problems.push({ file: PACKAGE.checkpoint, problem: 'missing: records cannot be proven without it' });
  if (checkpoint) {
    const root = checkpoint.root.toString('hex');
    const l = manifest.ledger;
    if (checkpoint.size !== l.size || root !== l.root || checkpoint.origin !== l.origin)
      problems.push({
        file: PACKAGE.checkpoint,
        problem: `tree ${checkpoint.size}/${root} is not the manifest's ${l.size}/${l.root}`,
      });
  }
  const records = files.get(PACKAGE.records);
  const proven =
    records && checkpoint && sound.has(PACKAGE.records)
      ? checkRecords(records.toString('utf8'), files, checkpoint, problems)
      : new Map();
  if (!records) problems.push({ file: PACKAGE.records, problem: 'missing' });
  const samplesText = files.get(PACKAGE.samples);
  const samples = samplesText ? checkSamples(samplesText.toString('utf8'), files, proven, problems) : 0;
  if (!samplesText) problems.push({ file: PACKAGE.samples, problem: 'missing' });
  return done({
    key: keyName,
    records: proven.size,
    samples,
    ...(checkpoint
      ? {
          checkpoint: {
            origin: checkpoint.origin,
            size: checkpoint.size,
            root: checkpoint.root.toString('hex'),
          },
        }
      : {}),
  });
}
