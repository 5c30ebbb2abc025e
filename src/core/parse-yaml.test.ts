import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { z } from 'zod';
import { formatProblem } from './errors.ts';
import { parseYaml } from './parse-yaml.ts';

const Schema = z.strictObject({
  name: z.string(),
  size: z.number().int(),
  tags: z.array(z.enum(['a', 'b'])).default([]),
  nested: z.strictObject({ on: z.boolean() }).optional(),
});

describe('parseYaml', () => {
  it('returns typed data for a valid document', () => {
    const { data, problems } = parseYaml('name: x\nsize: 3\ntags: [a]\n', 'f.yaml', Schema);
    assert.deepEqual(problems, []);
    assert.deepEqual(data, { name: 'x', size: 3, tags: ['a'] });
  });

  it('places each problem at the key or value it concerns', () => {
    const text = 'name: x\nsize: big\ntags:\n  - a\n  - c\nnested:\n  on: true\n  off: false\n';
    const found = parseYaml(text, 'f.yaml', Schema).problems.map(formatProblem);
    assert.deepEqual(found, [
      'f.yaml:2:7: size: Invalid input: expected number, received string',
      'f.yaml:5:5: tags[1]: Invalid option: expected one of "a"|"b"',
      'f.yaml:8:3: unknown key "off"',
    ]);
  });

  it('reports duplicate keys and syntax errors with a line', () => {
    assert.match(
      formatProblem(parseYaml('name: a\nname: b\n', 'f.yaml', Schema).problems[0]!),
      /^f\.yaml:2:1: /,
    );
    assert.match(
      formatProblem(parseYaml('name: [a\nsize: 1\n', 'f.yaml', Schema).problems[0]!),
      /^f\.yaml:\d+:\d+: /,
    );
  });

  it('shifts lines for text cut from a bigger file', () => {
    const found = parseYaml('name: x\nsize: no\n', 'p.md', Schema, 1).problems.map(formatProblem);
    assert.match(found[0] ?? '', /^p\.md:3:7: /);
  });

  it('never throws, and yields data exactly when there is no problem, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseYaml(text, 'f.yaml', Schema);
        assert.equal(r.data === undefined, r.problems.length > 0);
        for (const p of r.problems) assert.ok(p.position?.file === 'f.yaml' && (p.position.line ?? 0) >= 1);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid object, and locates any wrong value inside the text', () => {
    const valid = fc.record({
      name: fc.string(),
      size: fc.integer(),
      tags: fc.array(fc.constantFrom('a', 'b')),
    });
    fc.assert(
      fc.property(valid, fc.constantFrom('name', 'size'), (value, broken) => {
        assert.deepEqual(parseYaml(stringify(value), 'f.yaml', Schema).data, { ...value });
        const bad = { ...value, [broken]: broken === 'name' ? 42 : 'x' };
        const text = stringify(bad);
        const [problem, ...rest] = parseYaml(text, 'f.yaml', Schema).problems;
        assert.equal(rest.length, 0);
        const line = text.split('\n')[(problem?.position?.line ?? 0) - 1] ?? '';
        assert.ok(
          line.startsWith(`${broken}:`),
          `${JSON.stringify(problem)} should point at ${broken} in\n${text}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
