/** Dates are shown as the API gives them (UTC); times in UTC too, so everyone reads the same value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 12) : id;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** An estimate window; `+` when the published range it sits in stops there (docs/cli.md `open_ended`). */
export function formatUsdWindow(w: { low: number; high: number; open_ended?: boolean }): string {
  return `${formatUsd(w.low)} – ${formatUsd(w.high)}${w.open_ended ? '+' : ''}`;
}

export function formatBytes(size: number | undefined): string {
  if (size === undefined) return '';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

/** `not_effective` → `not effective`. */
export function words(code: string): string {
  return code.replaceAll('_', ' ');
}

/** Whole days between two `YYYY-MM-DD` dates (UTC), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The organisation and system arrive as names; tolerate the `{name}` objects of evident.yaml too. */
export function nameOf(value: string | { name: string } | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.name;
}
