/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVIDENCE_TYPES as LEDGER_TYPES } from '../../../src/core/evidence-type.ts';
import { EVIDENCE_TYPES } from './evidence-types.ts';

describe('the evidence type filter', () => {
  it('offers exactly the types the engine knows', () => {
    assert.deepEqual([...EVIDENCE_TYPES], [...LEDGER_TYPES]);
  });
});
