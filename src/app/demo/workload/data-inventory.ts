import type { WorkloadContext } from './workload-context.ts';

const CLASSES = ['confidential', 'internal', 'restricted', 'public'] as const;

/** Quarterly data inventory (the 15th of each quarter's first month) of the services' stores. */
export function scheduleDataInventory(ctx: WorkloadContext): void {
  const { cal } = ctx;
  for (const first of cal.firstOfMonths) {
    const month = Number(cal.dateOf(first).slice(5, 7));
    if ((month - 1) % 3) continue;
    const day = first + 14;
    ctx.on(day, () => ({
      type: 'data_inventory',
      source: 'inventory:export',
      subject: 'data-stores',
      observed_at: cal.at(day, 10 * 3600),
      data: {
        assets: Array.from({ length: ctx.sizes.dataAssets }, (_, a) => ({
          name: `${ctx.services[a % ctx.sizes.services]}-${a % 3 ? 'db' : 'bucket'}`,
          classification: CLASSES[a % 7 === 6 ? 3 : a % 3],
          owner: ctx.staff[(a * 10) % ctx.people]?.email,
        })),
      },
    }));
  }
}
