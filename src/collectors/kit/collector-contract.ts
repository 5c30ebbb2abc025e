import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDraft } from '../../core/evidence/envelope.ts';
import { recordBytes } from '../../core/evidence/record-bytes.ts';
import type { CollectedItem, CollectorDefinition } from './define-collector.ts';

/**
 * The contract every collector's test runs (DESIGN.md §9.4): its example options parse; its fixtures
 * (real outputs of the system it reads, kept in `fixtures/`) map to evidence that validates; mapping
 * the same input twice gives the same records (stable ids, so re-collecting is idempotent); and the
 * evidence holds no secret the options referenced.
 */
export function collectorContract(
  definition: CollectorDefinition<unknown>,
  mapFixtures: () => CollectedItem[] | Promise<CollectedItem[]>,
  options: { secrets?: readonly string[] } = {},
) {
  describe(`collector contract: ${definition.id}`, () => {
    it('parses its example options', () => {
      const parsed = definition.configSchema.safeParse(definition.example);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    });

    it('maps its fixtures to valid evidence of the types it declares, with stable ids', async () => {
      const first = await mapFixtures();
      const second = await mapFixtures();
      assert.ok(first.length > 0, 'the fixtures produce evidence');
      const ids = (items: CollectedItem[]) =>
        items.map((item) => {
          const checked = validateDraft({ ...item.draft, source: definition.id, artifacts: [] });
          assert.ok(!checked.problems, `${item.draft.type}: ${JSON.stringify(checked.problems)}`);
          assert.ok(definition.produces.includes(item.draft.type), `${item.draft.type} is declared`);
          return recordBytes(checked.draft as NonNullable<typeof checked.draft>, '2026-01-01T00:00:00.000Z')
            .id;
        });
      assert.deepEqual(ids(second), ids(first));
      for (const secret of options.secrets ?? []) {
        assert.ok(!JSON.stringify(first.map((i) => i.draft)).includes(secret), 'no secret in evidence');
      }
    });
  });
}
