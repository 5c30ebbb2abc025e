import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openWorkspace, workspacePaths } from '../src/app/workspace.ts';
import { verifyLedger } from '../src/ledger/verify-ledger.ts';
import { type BenchContext, type Benchmark, type BenchResult, type Figure, goalStatus } from './benchmark.ts';
import { formatNumber } from './format-table.ts';
import type { ImportChildReport } from './import-child.ts';
import { type LatencySummary, latencySummary } from './latency-summary.ts';
import type { ProofChildReport } from './proof-child.ts';
import { runChild } from './run-child.ts';
import type { BaselineChildReport } from './sqlite-baseline-child.ts';
import { topFunctions } from './top-functions.ts';
import { writeEvidenceLines } from './write-evidence-lines.ts';

/** MB here is 10^6 bytes, for throughput and memory alike (the stricter reading of "300 MB"). */
const MB = 1e6;
const PROOFS = 1000;
const PROOF_WARMUP = 50;
const RESULTS_DIR = 'bench/results';

const seconds = (since: number) => (performance.now() - since) / 1000;
const collectGarbage = () => globalThis.gc?.();
const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? dirBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );

/** 1. The import through the product against plain better-sqlite3 inserts, each in its own process. */
async function measureImport(context: BenchContext, file: string, programme: string) {
  const { log } = context;
  const baselineDir = join(context.tmp, 'baseline');
  mkdirSync(baselineDir, { recursive: true });
  log('baseline: plain better-sqlite3 insert of the same rows (child process)…');
  const baseline = await runChild<BaselineChildReport>(
    'bench/sqlite-baseline-child.ts',
    [join(baselineDir, 'evidence.db'), file],
    { cwd: context.root, env: context.env },
  );
  const baselineDbBytes = dirBytes(baselineDir);
  rmSync(baselineDir, { recursive: true, force: true });

  log('import: initProgramme + importEvidence of the file (child process)…');
  const imported = await runChild<ImportChildReport>('bench/import-child.ts', [programme, file], {
    cwd: context.root,
    env: context.env,
  });
  const databaseBytes = dirBytes(join(programme, '.evident'));

  const b = baseline.output;
  const i = imported.output;
  const importRate = i.stored / i.seconds;
  const baselineRate = b.records / b.seconds;
  const ratio = importRate / baselineRate;
  const rssMb = i.maxRssBytes / MB;
  console.log(
    [
      '',
      `  import (full path)     ${formatNumber(i.stored)} records in ${formatNumber(i.seconds, 1)} s = ${formatNumber(importRate)} records/s` +
        ` (stored ${formatNumber(i.stored)}, duplicates ${formatNumber(i.duplicates)}, ledger size ${formatNumber(i.size)})`,
      `  baseline (plain SQL)   ${formatNumber(b.records)} records in ${formatNumber(b.seconds, 1)} s = ${formatNumber(baselineRate)} records/s`,
      `  ratio import/baseline  ${formatNumber(ratio, 3)}   goal >= 0.5   ${goalStatus(ratio >= 0.5)}`,
      `  import peak RSS        ${formatNumber(rssMb, 1)} MB (before the import: ${formatNumber(i.rssBeforeBytes / MB, 1)} MB)   goal < 300 MB   ${goalStatus(rssMb < 300)}`,
      `  baseline peak RSS      ${formatNumber(b.maxRssBytes / MB, 1)} MB`,
      `  database on disk       ${formatNumber(databaseBytes / MB)} MB (baseline ${formatNumber(baselineDbBytes / MB)} MB); store close ${formatNumber(i.closeSeconds, 1)} s (baseline ${formatNumber(b.closeSeconds, 1)} s), not timed`,
      '',
    ].join('\n'),
  );
  if (i.stored !== context.records)
    console.log(`  WARNING: ${formatNumber(i.stored)} stored of ${formatNumber(context.records)} generated`);
  const figures: Figure[] = [
    {
      measurement: 'import rate',
      value: importRate,
      unit: 'records/s',
      baseline: baselineRate,
      ratio,
      goal: 'ratio >= 0.5',
      met: ratio >= 0.5,
    },
    { measurement: 'import peak RSS', value: rssMb, unit: 'MB', goal: '< 300 MB', met: rssMb < 300 },
    { measurement: 'baseline insert peak RSS', value: b.maxRssBytes / MB, unit: 'MB' },
  ];
  return {
    figures,
    details: {
      import: { ...i, wallSeconds: imported.wallSeconds, databaseBytes, recordsPerSecond: importRate },
      baseline: {
        ...b,
        wallSeconds: baseline.wallSeconds,
        databaseBytes: baselineDbBytes,
        recordsPerSecond: baselineRate,
      },
    },
  };
}

/**
 * Rounds of verify and of its baseline, alternated: this shared VM's speed drifts by a third from minute
 * to minute, so each side is taken at its best of the rounds, measured under the same drift.
 */
const VERIFY_ROUNDS = 3;

/** One verifyLedger over the whole ledger, as `evident verify` runs it (its own open store). */
async function timeVerify(context: BenchContext, programme: string) {
  const workspace = await openWorkspace(programme, context.env);
  let reported = 0;
  const started = performance.now();
  try {
    const report = await verifyLedger(workspace.store, {
      verifierKey: workspace.verifierKey,
      origin: workspace.origin,
      keys: workspace.keyring.all,
      onProgress: (done) => {
        if (done - reported < 250_000) return;
        reported = done;
        context.log(`    verify: ${formatNumber(done)} records (${formatNumber(done / seconds(started))}/s)`);
      },
    });
    return { report, seconds: seconds(started) };
  } finally {
    await workspace.store.close();
  }
}

/** Plain SHA-256 (`createHash` per record) over the same leaf bytes, read in seq order. */
function timeSha256(programme: string) {
  const db = new Database(workspacePaths(programme).database, { readonly: true });
  const bodies = db.prepare('SELECT body FROM evidence ORDER BY seq').pluck();
  let leafBytes = 0;
  let hashNs = 0n;
  const readStarted = performance.now();
  let page: string[] = [];
  const hashPage = () => {
    const t = process.hrtime.bigint();
    for (const body of page) createHash('sha256').update(body).digest();
    hashNs += process.hrtime.bigint() - t;
    page = [];
  };
  for (const body of bodies.iterate() as IterableIterator<string>) {
    leafBytes += Buffer.byteLength(body);
    page.push(body);
    if (page.length === 5000) hashPage();
  }
  hashPage();
  const readHashSeconds = seconds(readStarted);
  db.close();
  return { leafBytes, hashSeconds: Number(hashNs) / 1e9, readHashSeconds };
}

/** 2. verifyLedger over the whole ledger against plain SHA-256 of the same leaf bytes. */
async function measureVerify(context: BenchContext, programme: string) {
  const { log } = context;
  const rounds: { verify: number; hash: number; readHash: number }[] = [];
  let report: Awaited<ReturnType<typeof verifyLedger>> | undefined;
  let leafBytes = 0;
  for (let round = 1; round <= VERIFY_ROUNDS; round++) {
    collectGarbage();
    log(`verify: verifyLedger over the imported ledger (round ${round} of ${VERIFY_ROUNDS})…`);
    const verified = await timeVerify(context, programme);
    report = verified.report;
    collectGarbage();
    log(
      `verify baseline: plain SELECT body + createHash(sha256) of each (round ${round} of ${VERIFY_ROUNDS})…`,
    );
    const sha = timeSha256(programme);
    leafBytes = sha.leafBytes;
    rounds.push({ verify: verified.seconds, hash: sha.hashSeconds, readHash: sha.readHashSeconds });
    log(
      `    round ${round}: verify ${formatNumber(verified.seconds, 2)} s, SHA-256 ${formatNumber(sha.hashSeconds, 2)} s,` +
        ` ratio ${formatNumber(sha.hashSeconds / verified.seconds, 3)}`,
    );
  }
  if (!report) throw new Error('no verify round ran');
  const verifySeconds = Math.min(...rounds.map((r) => r.verify));
  const hashSeconds = Math.min(...rounds.map((r) => r.hash));
  const readHashSeconds = Math.min(...rounds.map((r) => r.readHash));
  const hashed = report.records;

  log('verify: PRAGMA integrity_check (the other half of verifyWorkspace)…');
  const integrity = await openWorkspace(programme, context.env);
  const integrityStarted = performance.now();
  const integrityProblems = await integrity.store.integrityCheck();
  const integritySeconds = seconds(integrityStarted);
  await integrity.store.close();

  const verifyRate = report.records / verifySeconds;
  const verifyMbs = leafBytes / MB / verifySeconds;
  const hashMbs = leafBytes / MB / hashSeconds;
  const readHashMbs = leafBytes / MB / readHashSeconds;
  const ratio = verifyMbs / hashMbs;
  console.log(
    [
      '',
      `  verifyLedger           ${formatNumber(report.records)} records, ${formatNumber(leafBytes / MB, 1)} MB of leaf bytes in ${formatNumber(verifySeconds, 2)} s (best of ${VERIFY_ROUNDS})` +
        ` = ${formatNumber(verifyRate)} records/s, ${formatNumber(verifyMbs, 1)} MB/s (ok: ${report.ok}, ${report.problems.length} problems, ${formatNumber(report.nodes)} nodes, ${report.checkpoints} checkpoints)`,
      `  SHA-256, hashing only  ${formatNumber(hashed)} bodies in ${formatNumber(hashSeconds, 2)} s = ${formatNumber(hashMbs, 1)} MB/s (best of ${VERIFY_ROUNDS}; createHash per body; reading not timed)`,
      `  SHA-256, read + hash   ${formatNumber(readHashSeconds, 2)} s = ${formatNumber(readHashMbs, 1)} MB/s (better-sqlite3 SELECT body ORDER BY seq, then hash)`,
      `  ratio verify/SHA-256   ${formatNumber(ratio, 3)} against hashing only   goal >= 0.5   ${goalStatus(ratio >= 0.5)}`,
      `  ratio per round        ${rounds.map((r) => formatNumber(r.hash / r.verify, 3)).join(', ')} (each round's verify against its own baseline)`,
      `  ratio verify/read+hash ${formatNumber(verifyMbs / readHashMbs, 3)} (for context)`,
      `  integrity_check        ${formatNumber(integritySeconds, 1)} s (${integrityProblems.length ? integrityProblems.join('; ') : 'ok'}); verifyWorkspace ≈ ${formatNumber(verifySeconds + integritySeconds, 1)} s`,
      '',
    ].join('\n'),
  );
  if (!report.ok)
    console.log(`  WARNING: verify found problems: ${JSON.stringify(report.problems.slice(0, 5))}`);
  const figures: Figure[] = [
    { measurement: 'verify throughput', value: verifyRate, unit: 'records/s' },
    {
      measurement: 'verify leaf bytes vs SHA-256 (hash only)',
      value: verifyMbs,
      unit: 'MB/s',
      baseline: hashMbs,
      ratio,
      goal: 'ratio >= 0.5',
      met: ratio >= 0.5,
    },
    {
      measurement: 'verify leaf bytes vs read + SHA-256',
      value: verifyMbs,
      unit: 'MB/s',
      baseline: readHashMbs,
      ratio: verifyMbs / readHashMbs,
    },
    { measurement: 'integrity_check', value: integritySeconds, unit: 's' },
  ];
  return {
    figures,
    details: {
      verify: {
        seconds: verifySeconds,
        ok: report.ok,
        problems: report.problems.slice(0, 20),
        records: report.records,
        nodes: report.nodes,
        checkpoints: report.checkpoints,
        leafBytes,
        recordsPerSecond: verifyRate,
        mbPerSecond: verifyMbs,
      },
      sha256: { hashSeconds, readHashSeconds, hashMbPerSecond: hashMbs, readHashMbPerSecond: readHashMbs },
      rounds,
      integrityCheck: { seconds: integritySeconds, problems: integrityProblems },
    },
  };
}

/**
 * 3. inclusionProof on random leaves of the whole log, each then verified against the head's root, in a
 * child process that opens the store as the CLI or the server would.
 */
async function measureProofs(context: BenchContext, programme: string) {
  const { log } = context;
  log(
    `proofs: ${2 * PROOFS} inclusion proofs on random leaves (after ${PROOF_WARMUP} warm-up proofs), own process…`,
  );
  const { output } = await runChild<ProofChildReport>(
    'bench/proof-child.ts',
    [programme, String(2 * PROOFS), String(PROOF_WARMUP)],
    { cwd: context.root, env: context.env },
  );
  const { failed, pathLength } = output;
  // The first 1,000 include the JIT's tier-up (V8 compiles the hot paths on helper threads while the
  // proofs run); the next 1,000 are the steady state of a process that keeps answering proofs (the
  // server, an auditor's tool). The goal is judged on the steady state; both are printed.
  const early = latencySummary(output.totalMs.slice(0, PROOFS));
  const warm = latencySummary(output.totalMs.slice(PROOFS));
  const warmProof = latencySummary(output.proofMs.slice(PROOFS));
  const over1 = (xs: number[]) => xs.filter((x) => x >= 1).length;
  const met = warm.p99 < 1;
  const ms = (x: number) => formatNumber(x, 3);
  const line = (s: LatencySummary) =>
    `mean ${ms(s.mean)} ms  p50 ${ms(s.p50)} ms  p99 ${ms(s.p99)} ms  max ${ms(s.max)} ms`;
  console.log(
    [
      '',
      `  tree size              ${formatNumber(output.size)} leaves; ${2 * PROOFS} proofs, mean path ${formatNumber(pathLength / (2 * PROOFS), 1)} hashes, ${failed} failed to verify`,
      `  first ${PROOFS} (tier-up)   proof + verify ${line(early)}; ${over1(output.totalMs.slice(0, PROOFS))} over 1 ms`,
      `  next ${PROOFS} (warm)       proof + verify ${line(warm)}; ${over1(output.totalMs.slice(PROOFS))} over 1 ms`,
      `  inclusionProof alone   (warm) ${line(warmProof)}`,
      `  goal < 1 ms per proof (judged at p99 of proof + verify, warm ${PROOFS})   ${goalStatus(met)}`,
      '',
    ].join('\n'),
  );
  if (failed) console.log(`  WARNING: ${failed} proofs did not verify`);
  const figures: Figure[] = [
    { measurement: 'inclusion proof + verify, first 1,000, p99', value: early.p99, unit: 'ms' },
    { measurement: 'inclusion proof + verify, warm, p50', value: warm.p50, unit: 'ms' },
    { measurement: 'inclusion proof + verify, warm, p99', value: warm.p99, unit: 'ms', goal: '< 1 ms', met },
  ];
  return {
    figures,
    details: {
      proofs: {
        treeSize: output.size,
        count: 2 * PROOFS,
        warmup: PROOF_WARMUP,
        failed,
        meanPathLength: pathLength / (2 * PROOFS),
        proofAndVerifyMsFirst: early,
        proofAndVerifyMsWarm: warm,
        inclusionProofMsWarm: warmProof,
        over1ms: {
          first: over1(output.totalMs.slice(0, PROOFS)),
          warm: over1(output.totalMs.slice(PROOFS)),
        },
      },
    },
  };
}

/** BENCH_CPU_PROF=1: one more import, under --cpu-prof, and its hot spots by self time. */
async function profileImport(context: BenchContext, file: string) {
  const dir = join(context.tmp, 'profiled');
  const profiles = join(context.tmp, 'profiles');
  context.log('profile: importEvidence again under --cpu-prof (not part of the figures)…');
  await runChild<ImportChildReport>('bench/import-child.ts', [dir, file], {
    cwd: context.root,
    env: context.env,
    nodeFlags: ['--cpu-prof', '--cpu-prof-dir', profiles],
  });
  rmSync(dir, { recursive: true, force: true });
  const name = readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
  if (!name) return {};
  mkdirSync(RESULTS_DIR, { recursive: true });
  const kept = join(RESULTS_DIR, 'ledger-import.cpuprofile');
  copyFileSync(join(profiles, name), kept);
  const { functions, files } = topFunctions(kept);
  const pct = (share: number) => `${formatNumber(share * 100, 1)}%`;
  console.log(`\n  import hot spots by self time (profile kept in ${kept}):`);
  for (const f of functions.slice(0, 25))
    console.log(
      `    ${pct(f.share).padStart(6)}  ${formatNumber(f.ms).padStart(7)} ms  ${f.name}  ${f.where}`,
    );
  console.log('  by file or package:');
  for (const f of files.slice(0, 15))
    console.log(`    ${pct(f.share).padStart(6)}  ${formatNumber(f.ms).padStart(7)} ms  ${f.name}`);
  console.log('');
  return { profile: { file: kept, functions: functions.slice(0, 40), files: files.slice(0, 20) } };
}

export const ledgerBenchmark: Benchmark = {
  name: 'ledger',
  description: 'evidence ledger: import rate and peak RSS, verify throughput, inclusion proof latency',
  async run(context: BenchContext): Promise<BenchResult> {
    const file = join(context.tmp, 'evidence.jsonl');
    const programme = join(context.tmp, 'programme');
    context.log(`generating ${formatNumber(context.records)} evidence records as JSON Lines…`);
    const generated = await writeEvidenceLines(file, context.records, (n) =>
      context.log(`    generated ${formatNumber(n)}`),
    );
    context.log(
      `generated ${formatNumber(generated.bytes / MB, 1)} MB, ${formatNumber(generated.bytes / generated.records)} bytes a line, types ${JSON.stringify(generated.types)}`,
    );
    const imported = await measureImport(context, file, programme);
    const verified = await measureVerify(context, programme);
    const proofs = await measureProofs(context, programme);
    const profiled = process.env.BENCH_CPU_PROF === '1' ? await profileImport(context, file) : {};
    return {
      figures: [...imported.figures, ...verified.figures, ...proofs.figures],
      details: {
        file: generated,
        ...imported.details,
        ...verified.details,
        ...proofs.details,
        ...profiled,
      },
    };
  },
};
