import { pseudoHex } from './pseudo-random.ts';
import { int, pick } from './random-streams.ts';
import type { Person } from './staff.ts';
import { PACKAGES } from './vulnerability-findings.ts';
import type { WorkloadContext } from './workload-context.ts';
import type { Envelope } from './workload-types.ts';

const VERBS = 'Fix Add Refactor Remove Harden Document Upgrade Rename Test Simplify'.split(' ');
const AREAS = [
  'retry budget of the webhook handler',
  'session expiry for idle admins',
  'pagination of the audit log',
  'rate limits on the public API',
  'TLS settings of the internal load balancer',
  'nightly invoice export',
  'feature flag for the new onboarding flow',
  'dependency pins after an advisory',
  'tenant isolation checks',
  'metrics of the queue consumer',
  'error messages of the import form',
  'timeouts of outbound calls',
];

/**
 * Merged pull requests: engineers merge ~1.5 a working day (few at weekends), a dependency bot ~4 a
 * week per repository overnight. People's merges only: 0.05% approved by their author alone, 0.02%
 * merged with failing CI (as emergencies), 0.2% more emergencies; the bot's merges need CI and a code
 * owner. Returns the changes of one day, given the engineers employed that week.
 */
export function mergedChanges(ctx: WorkloadContext) {
  const random = ctx.changes;
  const serviceCount = ctx.sizes.services;
  const prNumbers = new Array<number>(serviceCount).fill(0);
  let changeSerial = 0;
  return function* changesOn(i: number, engineers: readonly Person[]): Generator<Envelope> {
    const dow = ctx.cal.weekday(i);
    const weekend = dow === 0 || dow === 6;
    const humanChanges = Math.round(engineers.length * (weekend ? 0.05 : 1.5) * (0.8 + 0.4 * random()));
    const botChanges = Math.round(((serviceCount * 4) / 7) * (0.8 + 0.4 * random()));
    for (let c = 0; c < humanChanges + botChanges; c++) {
      const bot = c >= humanChanges;
      const repo = int(random, serviceCount);
      const service = ctx.services[repo] as string;
      const author = bot ? 'renovate[bot]' : (pick(random, engineers) as Person).handle;
      const reviewer = () => {
        for (let tries = 0; tries < 8; tries++) {
          const p = pick(random, engineers) as Person;
          if (p.handle !== author) return p.handle;
        }
        const [first, second] = ctx.staff as [Person, Person];
        return first.handle === author ? second.handle : first.handle;
      };
      const r = bot ? 1 : random();
      const approvers = r < 0.0005 ? [author] : random() < 0.8 ? [reviewer()] : [reviewer(), reviewer()];
      const pr = (prNumbers[repo] ?? 0) + 1;
      prNumbers[repo] = pr;
      const mergedAt = ctx.cal.at(i, bot ? int(random, 6 * 3600) : 7 * 3600 + int(random, 12 * 3600));
      const repository = `${ctx.githubOrg}/${service}`;
      yield {
        type: 'change',
        source: 'github',
        subject: repository,
        observed_at: mergedAt,
        data: {
          id: pseudoHex(changeSerial++, ctx.seed ^ 0x51ed, 40),
          title: bot
            ? `Update ${pick(random, PACKAGES)[0]} to the latest patch`
            : `${pick(random, VERBS)} ${pick(random, AREAS)}`,
          author,
          merged_at: mergedAt,
          approvers,
          ci_passed: !(r >= 0.0005 && r < 0.0007),
          emergency: r >= 0.0005 && r < 0.0027,
          repository,
          pr,
        },
      };
    }
  };
}
