/**
 * Payload times are ISO date-times with an offset or bare dates (a bare date means midnight UTC).
 * Tests compare them as epoch milliseconds and days.
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function instantMs(text: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Date.parse(text);
}

/** The UTC calendar date of an instant. */
export const instantDate = (text: string): string => new Date(instantMs(text)).toISOString().slice(0, 10);

/** Whole and fractional days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => (instantMs(to) - instantMs(from)) / DAY_MS;
