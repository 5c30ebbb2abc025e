/** Estimates are rough: nearest $500, which keeps them from looking more precise than they are. */
export const roundUsd = (n: number): number => Math.round(n / 500) * 500;

/** `12,500`: thousands separated by commas, without relying on the runtime's locale data. */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

export const formatUsd = (n: number): string => `$${groupDigits(n)}`;
