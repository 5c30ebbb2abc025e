import { isoWeekLabel } from '../../../engine/slots.ts';
import type { WorkloadContext } from './workload-context.ts';

export type DailyProblems = {
  /** Index in the period's Mondays of the week without a scan. */
  skippedScanWeek: number;
  /** First of the seven days on which the first public endpoint serves an expired certificate. */
  expiredFrom: number;
  /** First of the three days on which one service's bucket is unencrypted. */
  unencryptedFrom: number;
  unencryptedService: number;
};

/**
 * The problems planted in the daily and weekly streams: a missed scan week, an expired certificate for
 * a week, and a bucket unencrypted for three days in its own service's snapshot.
 */
export function plantDailyProblems(ctx: WorkloadContext): DailyProblems {
  const { cal } = ctx;
  const skippedScanWeek = Math.min(21, cal.mondays.length - 2);
  const week = isoWeekLabel(cal.dateOf(cal.mondays[skippedScanWeek] as number));
  ctx.planted.unshift({
    control: 'vuln-scan',
    expect: 'exception',
    match: week,
    what: `no scan in week ${week}`,
  });
  const expiredFrom = cal.clamp(Math.round(cal.days * 0.603));
  ctx.planted.push({
    control: 'encryption-in-transit',
    expect: 'exception',
    match: cal.dateOf(expiredFrom),
    what: `${expiredHost(ctx.domain)} served an expired certificate ${cal.dateOf(expiredFrom)}..${cal.dateOf(expiredFrom + 6)} (7 daily scans)`,
  });
  const unencryptedFrom = cal.clamp(Math.round(cal.days * 0.7));
  const unencryptedService = 7 % ctx.sizes.services;
  ctx.planted.push({
    control: 'encryption-at-rest',
    expect: 'masked',
    match: cal.dateOf(unencryptedFrom),
    what: `${ctx.services[unencryptedService]}-assets unencrypted ${cal.dateOf(unencryptedFrom)}..${cal.dateOf(unencryptedFrom + 2)} in that service's own snapshot; other services' snapshots of those days pass`,
  });
  return { skippedScanWeek, expiredFrom, unencryptedFrom, unencryptedService };
}

/** The public endpoint whose certificate expires (the first one the TLS scan lists). */
export const expiredHost = (domain: string) => `status.${domain}`;
