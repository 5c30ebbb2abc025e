import { int, pick } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';

const VENDOR_A = (
  'Acme Blue Cobalt Delta Ember Fjord Granite Harbor Iris Juniper Kite Lumen Maple Nimbus Orbit ' +
  'Pioneer Quartz Raven Summit Tundra'
).split(' ');
const VENDOR_B = ['Analytics', 'Mail', 'Payments', 'CRM', 'Docs', 'Chat', 'Backup', 'Logs', 'HR', 'Signing'];

/** The made-up name of vendor `v` (`Cobalt Analytics`, …), unique for every v. */
export function madeUpVendorName(v: number): string {
  const round = Math.floor(v / (VENDOR_A.length * VENDOR_B.length));
  return `${VENDOR_A[v % VENDOR_A.length]} ${VENDOR_B[Math.floor(v / VENDOR_A.length) % VENDOR_B.length]}${round ? ` ${round + 1}` : ''}`;
}

/**
 * One `vendor_assessment` per vendor on a random day; the first two (the programme's critical and high
 * vendors) and ~70% of the others with a SOC 2 report.
 */
export function scheduleVendors(ctx: WorkloadContext): void {
  const { cal, plan } = ctx;
  for (let v = 0; v < ctx.sizes.vendors; v++) {
    const vendor = ctx.vendorNames[v] ?? madeUpVendorName(v);
    const day = int(plan, cal.days - 1);
    const tier = v < 2 ? (v ? 'high' : 'critical') : pick(plan, ['high', 'medium', 'medium', 'low'] as const);
    const soc2 = v < 2 || plan() < 0.7;
    ctx.on(day, () => ({
      type: 'vendor_assessment',
      source: 'grc:vendors',
      subject: vendor,
      observed_at: cal.at(day, 11 * 3600),
      data: {
        vendor,
        tier,
        assessed_at: cal.at(day, 11 * 3600),
        soc2_report: soc2
          ? { period_end: cal.dateOf(day - 30 - int(plan, 200)), opinion: 'unqualified' }
          : null,
        notes: soc2 ? 'SOC 2 Type II report read; CUECs mapped' : 'Security questionnaire reviewed',
      },
    }));
  }
}
