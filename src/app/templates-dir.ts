import { fileURLToPath } from 'node:url';

/** The shipped `templates/` folder at the package root. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
