import { fileURLToPath } from 'node:url';

/** The shipped `catalog/` folder at the package root, wherever the package is installed. */
export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));
