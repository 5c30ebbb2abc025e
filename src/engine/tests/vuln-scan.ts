import { defineSlotTest } from '../define-slot-test.ts';
import { listParam } from '../params.ts';

/**
 * `vuln-scan` (weekly): at least one `vulnerability_scan` in the week; with `targets`, every listed
 * target must be covered by some scan of the week.
 */
export const vulnScan = defineSlotTest({
  id: 'vuln-scan',
  // Only the targets matter here; a week's scans are held without their findings.
  keep: (r) => ({ ...r, data: { ...(r.data as object), findings: [] } as never }),
  judge(records, _slot, ctx) {
    const targets = listParam(ctx.params, 'targets');
    const scans = records.filter((r) => r.type === 'vulnerability_scan');
    if (!targets?.length) return { ok: true, evidence: scans.slice(0, 1).map((r) => r.id) };
    const covered = new Set<string>();
    for (const s of scans) for (const t of (s.data as { targets: string[] }).targets) covered.add(t);
    const missing = targets.filter((t) => !covered.has(t));
    return missing.length ? { ok: false, reason: `not scanned: ${missing.join(', ')}` } : { ok: true };
  },
});
