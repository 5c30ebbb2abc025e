import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EXPORT_FORMATS } from './export-formats.ts';
import { parseExport } from './parse-export.ts';

const doc = (name: string) => readFileSync(new URL(`../../../docs/formats/${name}`, import.meta.url), 'utf8');
const block = (md: string, lang: string) => md.match(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``))?.[1];

describe('docs/formats/ documents exactly what the importers read', () => {
  for (const f of EXPORT_FORMATS) {
    it(`${f.type}.md: its column table is the format's columns, and its example gives the record shown`, () => {
      const md = doc(`${f.type}.md`);
      const documented = [...md.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
      assert.deepEqual(
        documented,
        f.columns.map((c) => c.name),
      );
      const csv = block(md, 'csv');
      assert.ok(csv, 'an example CSV');
      const items = parseExport(`csv:${f.type}`, csv, `${f.type}.csv`, { asOf: '2026-04-01T00:00:00Z' });
      assert.deepEqual(JSON.parse(block(md, 'json') ?? 'null'), items[0]?.draft);
    });
  }

  it('README.md links every format', () => {
    const md = doc('README.md');
    for (const f of EXPORT_FORMATS) assert.ok(md.includes(`(${f.type}.md)`), f.type);
  });
});
