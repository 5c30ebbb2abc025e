import type { ProgrammeControl } from '../core/programme.ts';
import type { ControlResult, Evaluation } from '../engine/evaluation.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How section 4 words what was tested and what came out, for one control (docs/reports.md). */
export function controlWords(
  r: ControlResult,
  control: ProgrammeControl,
  evaluation: Pick<Evaluation, 'type' | 'period' | 'as_of'>,
): { tested: string; result: string } {
  if (r.status === 'not_applicable')
    return {
      tested: 'Not tested: the control is not applicable.',
      result: `Not applicable: ${control.justification ?? 'no justification given'}`,
    };
  const item = (control.evidence[0] ?? 'evidence').replace(/_/g, ' ');
  if (evaluation.type === 'I') {
    const date = evaluation.as_of ?? evaluation.period.end;
    const tested =
      r.frequency === 'event'
        ? `Design and implementation as of ${date}: the ${item} items of the freshness window before that date.`
        : `Design and implementation as of ${date}: the latest ${item} evidence at that date, fresh within one ${r.frequency} interval.`;
    const result =
      r.status === 'effective'
        ? `Suitably designed and implemented as of ${date}.`
        : `Not demonstrated as of ${date}: ${r.exceptions[0]?.reason ?? statusWords(r.status)}.`;
    return { tested, result };
  }
  const slot = r.frequency === 'continuous' ? 'daily' : r.frequency;
  const unit = r.frequency === 'event' ? `${item} item` : `${slot} slot`;
  const tested =
    r.frequency === 'event'
      ? r.expected
        ? `All ${plural(r.expected, `${item} item`)} of the period.`
        : `The ${item} items of the period: none occurred.`
      : r.frequency === 'annual'
        ? `The annual slot: the 365 days ending on ${evaluation.period.end}.`
        : `${plural(r.expected, `${slot} slot`)} of the period.`;
  if (r.status === 'no_evidence')
    return {
      tested,
      result: `No evidence of operation in the period: all ${plural(r.expected, unit)} missing.`,
    };
  if (!r.expected) return { tested, result: `Did not occur: no ${item} items in the period.` };
  if (!r.exceptions.length) return { tested, result: 'No exceptions noted.' };
  const missing = r.exceptions.filter((e) => e.reason === 'missing').length;
  const failed = r.exceptions.length - missing;
  const parts = [missing ? `${missing} missing` : '', failed ? `${failed} failed` : ''].filter(Boolean);
  return {
    tested,
    result: `${plural(r.exceptions.length, 'exception')} out of ${plural(r.expected, unit)} (${parts.join(', ')}).`,
  };
}

const statusWords = (s: string) => s.replace(/_/g, ' ');
