/** The error vocabulary surfaces map to their own signals (re-exported so they import `app` only). */
export { type ErrorCode, EvidentError, formatProblem, type Problem } from '../core/errors.ts';
