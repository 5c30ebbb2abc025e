import { type Calendar, makeCalendar } from './calendar.ts';
import { randomStreams } from './random-streams.ts';
import { makeSchedule } from './schedule.ts';
import { servicesOf } from './services.ts';
import { makeStaff, type Person } from './staff.ts';
import { DEFAULT_PEOPLE, DEFAULT_PERIOD, DEFAULT_SEED } from './workload-defaults.ts';
import { type WorkloadSizes, workloadSizes } from './workload-sizes.ts';
import type { Envelope, PlantedProblem, WorkloadOptions } from './workload-types.ts';

/** What every family of records shares: the company, its calendar, its random streams and schedule. */
export type WorkloadContext = ReturnType<typeof randomStreams> & {
  people: number;
  seed: number;
  period: { start: string; end: string };
  domain: string;
  githubOrg: string;
  vendorNames: readonly string[];
  sizes: WorkloadSizes;
  cal: Calendar;
  staff: Person[];
  services: string[];
  /** Schedules an occasional record on day `i`; it is made when that day is written. */
  on(i: number, make: () => Envelope): void;
  take(i: number): (() => Envelope)[];
  planted: PlantedProblem[];
};

export function workloadContext(options: WorkloadOptions): WorkloadContext {
  const people = options.people ?? DEFAULT_PEOPLE;
  if (!Number.isSafeInteger(people) || people < 5)
    throw new Error(`people must be an integer >= 5: ${people}`);
  const period = options.period ?? DEFAULT_PERIOD;
  const seed = options.seed ?? DEFAULT_SEED;
  const cal = makeCalendar(period);
  const daysAfter = options.daysAfter ?? 0;
  if (!Number.isSafeInteger(daysAfter) || daysAfter < 0)
    throw new Error(`daysAfter must be a whole number of days: ${daysAfter}`);
  const domain = options.domain ?? 'example.com';
  const random = randomStreams(seed);
  const sizes = workloadSizes(people);
  const staff = makeStaff(people, cal, random.plan, domain);
  return {
    ...random,
    ...makeSchedule(cal.days + daysAfter),
    people,
    seed,
    period: { start: period.start, end: period.end },
    domain,
    githubOrg: options.githubOrg ?? 'example',
    vendorNames: options.vendorNames ?? ['Cloud provider', 'Identity provider'],
    sizes,
    cal,
    staff,
    services: servicesOf(sizes.services),
    planted: [],
  };
}
