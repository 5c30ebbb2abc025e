const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system once its fictitious 1900-02-29 is skipped. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials before 1900-03-01 are off by one (ECMA-376 Part 1 §18.17.4.1), so only later dates convert. */
const FIRST_MS = Date.UTC(1900, 2, 1);

/** The 1900-system serial of a `YYYY-MM-DD` calendar date, or undefined when it is not a valid date. */
export function excelDate(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  if (ms < FIRST_MS || y > 9999) return undefined;
  return (ms - EPOCH_MS) / DAY_MS;
}
