import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, parseDocument } from 'yaml';
import { PROGRAMME_FILE } from '../../programme/load-programme.ts';

/** Edits evident.yaml through the YAML document model, so its comments and layout stay as they were. */
export function editProgramme(dir: string, edit: (doc: Document) => void): void {
  const file = join(dir, PROGRAMME_FILE);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 110, flowCollectionPadding: false }));
}

/**
 * Records the approval of every policy in `policies/` in its front matter (`approved_by`,
 * `approved_at`), as templates/init's policies ask; a policy already approved is left alone.
 */
export function approvePolicies(dir: string, by: string, on: string): void {
  const folder = join(dir, 'policies');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 3);
    if (!text.startsWith('---\n') || end < 0 || /\napproved_at:/.test(text.slice(0, end))) continue;
    writeFileSync(
      file,
      `${text.slice(0, end)}\napproved_by: ${JSON.stringify(by)}\napproved_at: ${on}${text.slice(end)}`,
    );
  }
}
