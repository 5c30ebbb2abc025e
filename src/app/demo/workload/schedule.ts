import type { Envelope } from './workload-types.ts';

/**
 * The occasional records, by day: each is made when its day is written, so the few values drawn then
 * come in writing order. Records scheduled outside the days kept are dropped.
 */
export function makeSchedule(days: number) {
  const byDay: (() => Envelope)[][] = Array.from({ length: days }, () => []);
  return {
    on(i: number, make: () => Envelope): void {
      if (i >= 0 && i < days) byDay[i]?.push(make);
    },
    take(i: number): (() => Envelope)[] {
      const due = byDay[i] ?? [];
      byDay[i] = [];
      return due;
    },
  };
}
