import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category } from '../core/category.ts';
import { addDays, addMonths, formatDate } from '../core/dates.ts';
import { EvidentError } from '../core/errors.ts';
import { PROGRAMME_FILE } from '../programme/load-programme.ts';
import { writeInitToken } from './auth/init-token.ts';
import { renderTemplate } from './render-template.ts';
import { TEMPLATES_DIR } from './templates-dir.ts';
import { ensureWorkspace } from './workspace.ts';

export type InitOptions = {
  dir: string;
  organisation?: string;
  system?: string;
  categories?: Category[];
  period?: { start: string; end: string };
  /** Today's date, for the default period (the twelve months from next month). */
  today?: Date;
};

export const DEFAULT_CATEGORIES: Category[] = ['security', 'availability', 'confidentiality'];

export function defaultPeriod(today: Date): { start: string; end: string } {
  const start = formatDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)));
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/**
 * Scaffolds a programme folder: evident.yaml, controls/ and starter policies/. Never overwrites one.
 * Also makes the first admin token of the HTTP API, returned here once (docs/api.md).
 */
export function initProgramme(options: InitOptions): { dir: string; files: string[]; admin_token: string } {
  const { dir } = options;
  if (existsSync(join(dir, PROGRAMME_FILE))) {
    throw new EvidentError(
      'conflict',
      `${join(dir, PROGRAMME_FILE)} already exists: this folder has a programme`,
    );
  }
  const organisation = options.organisation ?? 'Example Cloud Ltd';
  const system = options.system ?? 'Example Platform';
  for (const [what, value] of [
    ['organisation', organisation],
    ['system', system],
  ] as const) {
    if (!value.trim() || /[\r\n{}]/.test(value)) {
      throw new EvidentError('bad_input', `the ${what} name must be one line of text without braces`);
    }
  }
  const categories = options.categories ?? DEFAULT_CATEGORIES;
  const unknown = categories.filter((c) => !CATEGORIES.includes(c));
  if (unknown.length) {
    throw new EvidentError(
      'bad_input',
      `unknown categories ${unknown.join(', ')} (known: ${CATEGORIES.join(', ')})`,
    );
  }
  const ordered = CATEGORIES.filter((c) => c === 'security' || categories.includes(c));
  const period = options.period ?? defaultPeriod(options.today ?? new Date());

  mkdirSync(dir, { recursive: true });
  const template = readFileSync(join(TEMPLATES_DIR, 'init', PROGRAMME_FILE), 'utf8');
  writeFileSync(
    join(dir, PROGRAMME_FILE),
    renderTemplate(template, {
      organisation,
      system,
      service: `${system} web application and API`,
      categories: ordered.join(', '),
      period_start: period.start,
      period_end: period.end,
    }),
  );
  const files = [PROGRAMME_FILE];
  for (const sub of ['controls', 'policies']) {
    const target = join(dir, sub);
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(join(TEMPLATES_DIR, 'init', sub))) {
      if (existsSync(join(target, name))) continue;
      cpSync(join(TEMPLATES_DIR, 'init', sub, name), join(target, name));
      files.push(`${sub}/${name}`);
    }
  }
  // The blob key and the ledger's signing key are made now, so the first import needs no set-up.
  const { state } = ensureWorkspace(dir, organisation);
  return { dir, files, admin_token: writeInitToken(state) };
}
