import { int } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';

const POLICIES = [
  'Information Security Policy',
  'Acceptable Use Policy',
  'Access Control Policy',
  'Change Management Policy',
  'Incident Response Plan',
  'Business Continuity and Disaster Recovery Plan',
  'Data Classification and Handling Policy',
  'Vendor Management Policy',
  'Encryption Policy',
  'Secure Development Policy',
  'Logging and Monitoring Policy',
  'Asset Management Policy',
  'Data Retention Policy',
  'Privacy Policy',
  'Risk Management Policy',
];

/** Each policy reviewed and approved once in the year. */
export function schedulePolicyReviews(ctx: WorkloadContext): void {
  const { cal, plan } = ctx;
  for (const policy of POLICIES) {
    const day = int(plan, cal.days - 1);
    ctx.on(day, () => ({
      type: 'policy_review',
      source: 'git:policies',
      subject: policy,
      observed_at: cal.at(day, 12 * 3600),
      data: {
        policy,
        version: `${2 + int(plan, 4)}.${int(plan, 10)}`,
        approved_by: `ciso@${ctx.domain}`,
        approved_at: cal.at(day, 12 * 3600),
      },
    }));
  }
}
