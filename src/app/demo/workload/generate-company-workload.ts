import { scheduleAnnualTests } from './annual-tests.ts';
import { scheduleCapacityChecks } from './capacity-checks.ts';
import { plantDailyProblems } from './daily-problems.ts';
import { scheduleDataInventory } from './data-inventory.ts';
import { scheduleDocuments } from './documents.ts';
import { scheduleIncidents } from './incidents.ts';
import { type ChunkSink, LineWriter } from './line-writer.ts';
import { mergedChanges } from './merged-changes.ts';
import { scheduleMonthly } from './monthly-records.ts';
import { scheduleOffboarding } from './offboarding.ts';
import { schedulePolicyReviews } from './policies.ts';
import { serviceSnapshots } from './service-snapshots.ts';
import { activeOn, type Person } from './staff.ts';
import { publicEndpoints, tlsScan } from './tls-scans.ts';
import { scheduleTraining } from './training.ts';
import { uptimeHosts, uptimeSummaries } from './uptime-summaries.ts';
import { scheduleVendors } from './vendors.ts';
import { vulnerabilityFindings } from './vulnerability-findings.ts';
import { workloadContext } from './workload-context.ts';
import type { WorkloadOptions, WorkloadStats } from './workload-types.ts';

/**
 * Generates a period of a software company's evidence as JSON Lines into `sink` (docs/demo.md describes
 * the mix and the planted problems) and returns what it wrote. The same options always give the same
 * bytes: the families below draw from shared random streams, so their order is part of the output.
 */
export async function generateCompanyWorkload(
  sink: ChunkSink,
  options: WorkloadOptions = {},
): Promise<WorkloadStats> {
  const ctx = workloadContext(options);
  const { cal, staff } = ctx;
  for (const schedule of [
    scheduleMonthly,
    scheduleCapacityChecks,
    scheduleDataInventory,
    scheduleAnnualTests,
    scheduleVendors,
    schedulePolicyReviews,
    scheduleIncidents,
    scheduleOffboarding,
    scheduleTraining,
    scheduleDocuments,
  ])
    schedule(ctx);
  const problems = plantDailyProblems(ctx);
  const findings = vulnerabilityFindings(ctx);
  const changesOn = mergedChanges(ctx);
  const endpoints = publicEndpoints(ctx);
  const uptime = uptimeHosts(ctx, endpoints);

  const writer = new LineWriter(sink, options.onProgress);
  // The last scan before the period: the findings it lists are history, not new in the period.
  await writer.line('vulnerability_scan', findings.scanLine((cal.mondays[0] as number) - 7, 2 * 3600));
  const scanWeek = new Map(cal.mondays.map((m, w) => [m, w]));
  let engineers: Person[] = [];
  for (let i = 0; i < cal.days; i++) {
    if (cal.weekday(i) === 1 || i === 0) engineers = staff.filter((p) => p.engineer && activeOn(p, i));
    for (const make of ctx.take(i)) await writer.put(make());
    const week = scanWeek.get(i);
    if (week !== undefined) {
      findings.advance(week);
      if (week !== problems.skippedScanWeek)
        await writer.line('vulnerability_scan', findings.scanLine(i, 2 * 3600));
    }
    await writer.put(tlsScan(ctx, endpoints, i, problems.expiredFrom));
    for (const record of serviceSnapshots(ctx, i, problems)) await writer.put(record);
    for (const record of uptimeSummaries(ctx, uptime, i)) await writer.put(record);
    for (const record of changesOn(i, engineers)) await writer.put(record);
  }
  for (let i = cal.days; i < cal.days + (options.daysAfter ?? 0); i++)
    for (const make of ctx.take(i)) await writer.put(make());
  await writer.end();

  ctx.planted.push({
    control: 'vuln-remediation',
    expect: 'exception',
    what: `${findings.overdue()} critical/high findings planned to stay open past their SLA (plus knock-on delays of the missed scan week)`,
  });
  ctx.planted.push({
    control: 'change-approval',
    expect: 'exception',
    what: "about 0.05% of people's merges approved only by their author and 0.02% merged with failing CI",
  });
  return {
    records: writer.records,
    bytes: writer.bytes,
    types: Object.fromEntries(Object.entries(writer.types).sort(([a], [b]) => (a < b ? -1 : 1))),
    people: ctx.people,
    services: ctx.sizes.services,
    findingsPerScan: ctx.sizes.findingsPerScan,
    period: ctx.period,
    seed: ctx.seed,
    planted: ctx.planted,
  };
}
