import type { DailyProblems } from './daily-problems.ts';
import { DOMAINS_OF_WORK } from './services.ts';
import type { WorkloadContext } from './workload-context.ts';
import type { Envelope } from './workload-types.ts';

type Store = { name: string; kind: string; encrypted: boolean; algorithm: string | null };

/**
 * Day `i`'s per-service config snapshots: storage encryption (04:00–06:00, from the cloud's config
 * service) and alert rules (05:00–07:00, from the monitoring tool), one of each per service.
 */
export function* serviceSnapshots(
  ctx: WorkloadContext,
  i: number,
  problems: DailyProblems,
): Generator<Envelope> {
  const { at } = ctx.cal;
  for (let s = 0; s < ctx.sizes.services; s++) {
    const service = ctx.services[s] as string;
    const unencrypted =
      s === problems.unencryptedService && i >= problems.unencryptedFrom && i < problems.unencryptedFrom + 3;
    const stores: Store[] = [
      { name: `${service}-db`, kind: 'postgres', encrypted: true, algorithm: 'AES-256' },
    ];
    if (s % 3 !== 2)
      stores.push({
        name: `${service}-assets`,
        kind: 's3',
        encrypted: !unencrypted,
        algorithm: unencrypted ? null : 'aws:kms AES-256',
      });
    if (s % 4 === 0)
      stores.push({ name: `${service}-cache`, kind: 'ebs', encrypted: true, algorithm: 'AES-256-XTS' });
    yield {
      type: 'storage_encryption',
      source: 'aws-config',
      subject: service,
      observed_at: at(i, 4 * 3600 + ((s * 7) % 7200)),
      data: { stores },
    };
    const team = `team-${DOMAINS_OF_WORK[s % DOMAINS_OF_WORK.length]}`;
    const rule = (name: string, channel: string) => ({
      name: `${service}: ${name}`,
      target: service,
      enabled: true,
      channel,
    });
    yield {
      type: 'alert_rules',
      source: 'datadog:monitors',
      subject: service,
      observed_at: at(i, 5 * 3600 + ((s * 11) % 7200)),
      data: {
        rules: [
          rule('error rate above 2%', `pagerduty:${team}`),
          rule('p99 latency above 1s', `pagerduty:${team}`),
          ...(s % 2 ? [] : [rule('saturation above 85%', `slack:#${team}`)]),
        ],
      },
    };
  }
}
