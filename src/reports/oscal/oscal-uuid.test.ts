import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sharedFixture } from '../../../test/support/shared-fixtures.ts';
import { oscalUuid } from './oscal-uuid.ts';

const schema = JSON.parse(
  readFileSync(sharedFixture('oscal', 'oscal_assessment-results_schema-1.1.2.json'), 'utf8'),
);
const UUID = new RegExp(schema.definitions.UUIDDatatype.pattern);

describe('oscalUuid', () => {
  it("is a version 5, RFC 4122 variant UUID that OSCAL's UUID datatype accepts", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const uuid = oscalUuid(name);
        assert.match(uuid, UUID);
        assert.equal(uuid[14], '5');
        assert.match(uuid[19] ?? '', /[89ab]/);
      }),
    );
  });

  it('is the same for the same name and differs between names', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        assert.equal(oscalUuid(a), oscalUuid(a));
        if (a !== b) assert.notEqual(oscalUuid(a), oscalUuid(b));
      }),
    );
  });
});
