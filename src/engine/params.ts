import type { Params } from '../core/control.ts';

/** Typed reads of a control's parameters with the test's defaults (overrides come from `controls/`). */
export const numberParam = (params: Params, name: string, fallback: number): number => {
  const v = params[name];
  return typeof v === 'number' ? v : fallback;
};

export const boolParam = (params: Params, name: string, fallback: boolean): boolean => {
  const v = params[name];
  return typeof v === 'boolean' ? v : fallback;
};

export const stringParam = (params: Params, name: string, fallback: string): string => {
  const v = params[name];
  return typeof v === 'string' ? v : fallback;
};

/** A list parameter; a single string counts as a one-item list; absent → undefined (test's default). */
export const listParam = (params: Params, name: string): string[] | undefined => {
  const v = params[name];
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return [v];
  return undefined;
};
