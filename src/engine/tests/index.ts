import type { ControlTest } from '../../core/control-test.ts';
import type { ControlTestDefinition } from '../control-test-run.ts';
import { changeApproval } from './change-approval.ts';
import { vulnScan } from './vuln-scan.ts';

/** Every control test, by the id controls name in `test:`. */
export const TESTS: Partial<Record<ControlTest, ControlTestDefinition>> = {
  'change-approval': changeApproval,
  'vuln-scan': vulnScan,
};

/** The definition of a test; throws for a test id with no implementation. */
export function testFor(id: ControlTest): ControlTestDefinition {
  const test = TESTS[id];
  if (!test) throw new Error(`control test "${id}" is not implemented`);
  return test;
}
