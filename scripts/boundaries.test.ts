import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkBoundaries } from './boundaries.ts';

describe('boundary check', () => {
  const root = mkdtempSync(join(tmpdir(), 'evident-boundaries-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('passes on this repository', () => {
    assert.deepEqual(checkBoundaries(process.cwd()), []);
  });

  it('names each import that crosses an arrow, with file and line', () => {
    write('src/core/ids.ts', "import { x } from '../engine/x.ts';\n");
    write('src/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = 1;\n");
    write('src/cli/main.ts', "import { y } from '../engine/x.ts';\nimport { z } from '../app/z.ts';\n");
    write('src/app/z.ts', "export { q } from '../cli/q.ts';\n");
    write(
      'src/collectors/tls/index.ts',
      "import { k } from '../kit/k.ts';\nimport { g } from '../git/map.ts';\n",
    );
    write('src/reports/r.ts', "const m = await import('../store/s.ts');\n");
    const found = checkBoundaries(root).map((v) => `${v.file}:${v.line} ${v.imports}`);
    assert.deepEqual(found.sort(), [
      'src/app/z.ts:1 ../cli/q.ts',
      'src/cli/main.ts:1 ../engine/x.ts',
      'src/collectors/tls/index.ts:2 ../git/map.ts',
      'src/core/ids.ts:1 ../engine/x.ts',
      'src/engine/x.ts:1 node:fs',
      'src/reports/r.ts:1 ../store/s.ts',
    ]);
  });

  it('lets only the composition root name the server, and only its entry', () => {
    const dir = mkdtempSync(join(root, 'composition-'));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    put('src/cli/program.ts', "const s = await import('../server/serve-programme.ts');\n");
    put('src/cli/commands/serve.ts', "import { s } from '../../server/serve-programme.ts';\n");
    put('src/cli/main.ts', "import { a } from '../server/create-app.ts';\n");
    put('src/app/x.ts', "import { s } from '../server/serve-programme.ts';\n");
    const found = checkBoundaries(dir).map((v) => `${v.file}:${v.line} ${v.imports}`);
    assert.deepEqual(found.sort(), [
      'src/app/x.ts:1 ../server/serve-programme.ts',
      'src/cli/commands/serve.ts:1 ../../server/serve-programme.ts',
      'src/cli/main.ts:1 ../server/create-app.ts',
    ]);
  });
});
