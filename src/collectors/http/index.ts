import { defineCollector } from '../kit/index.ts';
import { HttpConfigSchema } from './config.ts';
import { mapProbes } from './map.ts';
import { probeWindow, UptimeMonitor } from './monitor.ts';

export { type HttpConfig, HttpConfigSchema, type HttpOptions } from './config.ts';
export { UptimeMonitor, type UptimeMonitorOptions } from './monitor.ts';

/**
 * HTTP uptime checks → `uptime_summary`. One run checks every target `samples` times, `interval` apart,
 * and returns one summary per target (per UTC day touched) covering exactly those checks; `evident run`
 * can instead keep an {@link UptimeMonitor} alive for one summary per target per day.
 */
export const httpCollector = defineCollector({
  id: 'http',
  title: 'HTTP uptime checks',
  produces: ['uptime_summary'],
  configSchema: HttpConfigSchema,
  example: {
    targets: [
      'https://app.example.com/healthz',
      { url: 'https://api.example.com/v1/ping', name: 'api', expect_status: [200] },
    ],
    interval: '60s',
    samples: 5,
    timeout_ms: 10000,
    alerting: ['https://app.example.com/healthz', 'api'],
  },
  async collect(config, ctx) {
    const probes = await probeWindow(config, { now: () => ctx.now(), signal: ctx.signal });
    const items = mapProbes(probes, config);
    for (const item of items) {
      const d = item.draft.data as { failed_checks: number; checks: number };
      ctx.log(`${item.draft.subject}: ${d.checks - d.failed_checks}/${d.checks} checks up`);
    }
    return items;
  },
  monitor(config, ctx) {
    const monitor = new UptimeMonitor(config, {
      onSummary: (items) => ctx.emit(items),
      now: ctx.now,
      log: ctx.log,
    });
    monitor.start();
    return {
      stop: async () => {
        await monitor.stop();
      },
    };
  },
});
