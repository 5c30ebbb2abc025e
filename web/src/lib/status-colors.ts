/** Mantine colour names for every status (the heat map's colours are in styles.css). */
export const CONTROL_STATUS_COLOR: Record<string, string> = {
  effective: 'teal',
  exceptions: 'yellow',
  not_effective: 'red',
  no_evidence: 'gray',
  not_applicable: 'blue',
};

export const CRITERION_STATUS_COLOR: Record<string, string> = {
  met: 'teal',
  at_risk: 'red',
  no_controls: 'gray',
};

export const IMPACT_COLOR: Record<string, string> = {
  critical: 'red',
  high: 'orange',
  medium: 'yellow',
  low: 'gray',
};
