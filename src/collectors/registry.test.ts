import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COLLECTORS } from './registry.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Every registered collector is a folder with the same file set (DESIGN.md §9.2) and runs the contract. */
describe('the collector registry', () => {
  for (const [id, collector] of Object.entries(COLLECTORS)) {
    it(`${id}: registered under its own id, with the standard files, a README and a contract test`, () => {
      assert.equal(collector.id, id);
      const folder = join(here, id);
      for (const file of ['index.ts', 'client.ts', 'map.ts', 'config.ts', 'README.md', 'fixtures'])
        assert.ok(existsSync(join(folder, file)), `${id}/${file}`);
      const tests = readdirSync(folder).filter((f) => f.endsWith('.test.ts'));
      assert.ok(
        tests.some((t) => readFileSync(join(folder, t), 'utf8').includes('collectorContract(')),
        `${id} runs the collector contract`,
      );
      assert.ok(
        collector.configSchema.safeParse(collector.example).success,
        `${id}: its example options parse`,
      );
      assert.ok(
        readFileSync(join(folder, 'README.md'), 'utf8').includes('sources:'),
        `${id}: README shows a source`,
      );
    });
  }
});
