import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeContract } from '../../store.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'evident-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'evidence.db');

storeContract('sqlite', async () => file);
