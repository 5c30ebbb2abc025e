export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * CVSS v3.x qualitative rating (FIRST CVSS v3.1 specification §5): 9.0–10.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low. "None" (0.0) has no place in the evidence scale and becomes low.
 * Also the scale GitHub code scanning applies to SARIF `security-severity`.
 */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** A CVSS base score (0–10) from a number or a numeric string; undefined for anything else. */
export function scoreOf(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : undefined;
}

export const higher = (a: Severity, b: Severity): Severity =>
  SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
