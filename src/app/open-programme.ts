import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../catalog/load-catalog.ts';
import type { Catalog } from '../core/catalog.ts';
import type { Problem } from '../core/errors.ts';
import type { Programme } from '../core/programme.ts';
import { loadProgramme, PROGRAMME_FILE } from '../programme/load-programme.ts';

export type Opened = { catalog: Catalog; programme: Programme; warnings: Problem[] };

/** The catalog and the programme in `dir`, validated; throws `bad_config` with every problem found. */
export function openProgramme(dir: string): Opened {
  const catalog = loadCatalog();
  return { catalog, ...loadProgramme(resolve(dir), catalog) };
}

/** Like openProgramme, but a folder without evident.yaml yields the catalog alone. */
export function openCatalogOrProgramme(dir: string): { catalog: Catalog } & Partial<Opened> {
  return existsSync(join(dir, PROGRAMME_FILE)) ? openProgramme(dir) : { catalog: loadCatalog() };
}
