/// <reference types="node" />
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = resolve(SRC, '..');
const IMPORT =
  /(?:^|\s)(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* appFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* appFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) yield path;
  }
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');

describe('the dashboard’s boundaries (ARCHITECTURE.md: web talks to the server over HTTP only)', () => {
  it('never imports the engine’s sources or Node built-ins into the browser bundle', () => {
    const crossing: string[] = [];
    for (const file of appFiles(SRC)) {
      for (const spec of importsOf(file)) {
        const outside = spec.startsWith('.') && relative(WEB, resolve(dirname(file), spec)).startsWith('..');
        if (outside || spec.startsWith('node:')) crossing.push(`${relative(WEB, file)} imports ${spec}`);
      }
    }
    assert.deepEqual(crossing, []);
  });

  it('keeps lib/ free of React, so proof checking is plain TypeScript', () => {
    const react = [...appFiles(join(SRC, 'lib'))].filter((f) =>
      importsOf(f).some((s) => s === 'react' || s.startsWith('@mantine') || s.startsWith('@tanstack')),
    );
    assert.deepEqual(react, []);
  });
});
