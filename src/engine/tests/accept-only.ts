import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { ControlTestDefinition, TestContext } from '../control-test-run.ts';

/**
 * The same test, but records for which `accept` is false never reach it: they count neither as evidence
 * nor against missing-ness (a window holding only ignored records is `missing`, not `failed`).
 */
export function acceptOnly(
  definition: ControlTestDefinition,
  accept: (record: EvidenceRecord, ctx: TestContext) => boolean,
): ControlTestDefinition {
  return {
    ...definition,
    start(ctx) {
      const run = definition.start(ctx);
      return {
        add(record) {
          if (accept(record, ctx)) run.add(record);
        },
        finish: () => run.finish(),
      };
    },
  };
}
