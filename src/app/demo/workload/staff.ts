import type { Calendar } from './calendar.ts';
import { int, pick, type Random } from './random-streams.ts';

export type Person = {
  index: number;
  handle: string;
  email: string;
  department: string;
  title: string;
  /** Day index of the start (negative: before the period). */
  start: number;
  startDate: string;
  /** Day index of the last day, for this year's leavers. */
  end?: number;
  endDate?: string;
  engineer: boolean;
};

const FIRST = (
  'ada ben chloe dev elif felix grace hugo ines jamal kira liam maya noah olga pablo quinn rosa ' +
  'sami tara umar vera wen xavi yara zane anya bruno clara dario emma farid gina hana ivan jonas ' +
  'keiko lars mina nils'
).split(' ');
const LAST = (
  'abara berg costa dubois eriksen fischer garcia horvat ito jansen kowalski lopez moreau nakamura ' +
  'okafor petrov quist rossi silva tanaka ueda varga weber xu yilmaz zimmer adams brown chen diaz ' +
  'evans ford gupta hill iqbal jones khan lee meyer novak'
).split(' ');
/** Departments cycle by person index, so exactly 40% are engineers at any size (and the first four). */
const DEPARTMENTS = [
  ...['Engineering', 'Engineering', 'Engineering', 'Engineering', 'Sales', 'Sales', 'Customer Success'],
  ...['Marketing', 'Product', 'Finance & Operations'],
];
const TITLES: Record<string, readonly string[]> = {
  Engineering: [
    'Software Engineer',
    'Senior Software Engineer',
    'Site Reliability Engineer',
    'Staff Engineer',
  ],
  Sales: ['Account Executive', 'Sales Development Representative', 'Sales Engineer'],
  'Customer Success': ['Customer Success Manager', 'Support Engineer'],
  Marketing: ['Product Marketing Manager', 'Content Lead'],
  Product: ['Product Manager', 'Product Designer'],
  'Finance & Operations': ['Accountant', 'People Partner', 'Legal Counsel', 'IT Administrator'],
};

export const activeOn = (p: Person, i: number) => p.start <= i && (p.end === undefined || p.end >= i);

/**
 * Everyone employed at some point of the period: `people` at its start (12% of them leave during it)
 * and 13% more who join during it.
 */
export function makeStaff(people: number, cal: Calendar, plan: Random, domain: string): Person[] {
  const leaverEvery = 1 / 0.12;
  const hires = Math.round(people * 0.13);
  const staff: Person[] = [];
  const makePerson = (index: number, start: number): Person => {
    const base = `${FIRST[index % FIRST.length]}.${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;
    const round = Math.floor(index / (FIRST.length * LAST.length));
    const handle = round ? `${base}${round + 1}` : base;
    const department = DEPARTMENTS[index % DEPARTMENTS.length] as string;
    return {
      index,
      handle,
      email: `${handle}@${domain}`,
      department,
      title: pick(plan, TITLES[department] ?? ['Specialist']),
      start,
      startDate: cal.dateOf(start),
      engineer: department === 'Engineering',
    };
  };
  for (let i = 0; i < people; i++) {
    // Tenure skewed to recent years, at most eight years back.
    const person = makePerson(i, -1 - Math.floor(plan() ** 2 * 8 * 365));
    // Leavers: an even 12% spread over the staff, the fifth person first (so even a tiny company has
    // one); the first four (engineering leads) stay.
    if (i >= 4 && Math.floor((i + 5) / leaverEvery) > Math.floor((i + 4) / leaverEvery)) {
      person.end = 5 + int(plan, cal.days - 20);
      person.endDate = cal.dateOf(person.end);
    }
    staff.push(person);
  }
  for (let h = 0; h < hires; h++) staff.push(makePerson(people + h, int(plan, cal.days - 1)));
  return staff;
}
