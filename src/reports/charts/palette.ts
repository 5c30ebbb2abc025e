import type { ControlStatus } from '../../engine/control-status.ts';

/**
 * Status colours: distinct in hue and in lightness, so they stay apart in greyscale print
 * (effective is the lightest fill, not effective the darkest).
 */
export const STATUS_COLOURS: Record<Exclude<ControlStatus, 'not_applicable'>, string> = {
  effective: '#7fbf7b',
  exceptions: '#f1a340',
  not_effective: '#b2182b',
  no_evidence: '#5a5a5a',
};

export const MET = '#7fbf7b';
export const PART_MET = '#ef8a62';
export const NONE_MET = '#b2182b';
export const NOTHING_EXPECTED = '#e6e6e6';
