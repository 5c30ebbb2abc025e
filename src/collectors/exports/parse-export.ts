import { EvidentError } from '../../core/errors.ts';
import { validateDraft } from '../../core/evidence/envelope.ts';
import type { CollectedItem } from '../kit/index.ts';
import { CellError, parseCell, parseInstant, splitList, type Value } from './cells.ts';
import { type ExportFormat, ParsedRow } from './export-format.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from './export-formats.ts';
import { type Located, Rejected, rejection } from './problems.ts';
import { readCsvTable, readJsonTable, type Table } from './table.ts';

export type ParseExportOptions = {
  /**
   * For snapshot formats (personnel, data_inventory, storage_encryption, alert_rules): when the export
   * was taken, used when no row gives an `as_of` (ISO date-time with zone, or a date).
   */
  asOf?: string;
  /** For snapshot formats: the record's subject instead of the format's default. */
  subject?: string;
};

const SUBJECT_MAX = 500;

function formatOf(name: string): { syntax: 'csv' | 'json'; format: ExportFormat } {
  const [syntax, type] = name.split(':');
  const format = EXPORT_FORMATS.find((f) => f.type === type);
  if ((syntax !== 'csv' && syntax !== 'json') || !format) {
    throw new EvidentError(
      'bad_input',
      `unknown export format "${name}" (supported: ${EXPORT_FORMAT_NAMES.join(', ')})`,
    );
  }
  return { syntax, format };
}

/** The known column closest to a misspelt one (edit distance ≤ 3), for the error message. */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(
          (prev[j] ?? 0) + 1,
          (cur[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      prev = cur;
    }
    return prev[b.length] ?? 0;
  };
  const lower = name.toLowerCase().replace(/[\s-]+/g, '_');
  const scored = known.map((k) => ({ k, d: distance(lower, k) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.min(3, Math.floor(best.k.length / 2)) ? best.k : undefined;
}

function checkColumns(table: Table, format: ExportFormat, where: string | undefined): Located[] {
  const known = format.columns.map((c) => c.name);
  const problems: Located[] = [];
  for (const name of table.columns) {
    if (known.includes(name)) continue;
    const hint = closest(name, known);
    problems.push({
      ...(where ? { at: where } : {}),
      column: name,
      message: `unknown column${hint ? ` (did you mean "${hint}"?)` : ''}; the ${format.type} columns are ${known.join(', ')}`,
    });
  }
  for (const c of format.columns) {
    if (c.need !== 'optional' && !table.columns.includes(c.name)) {
      problems.push({
        ...(where ? { at: where } : {}),
        column: c.name,
        message: `missing required column (${c.doc})`,
      });
    }
  }
  return problems;
}

function parseRows(table: Table, format: ExportFormat, problems: Located[]): ParsedRow[] {
  return table.rows.map((row) => {
    const values = new Map<string, Value>();
    for (const c of format.columns) {
      const cell = row.cells.get(c.name) ?? '';
      const fail = (message: string) =>
        problems.push({ at: row.at, ...(row.line ? { line: row.line } : {}), column: c.name, message });
      if (cell === '' || (Array.isArray(cell) && c.kind !== 'list' && cell.length === 0)) {
        if (c.need === 'value') fail('a value is required here');
        continue;
      }
      if (Array.isArray(cell)) {
        if (c.kind === 'list') values.set(c.name, cell);
        else fail('expected a single value, not a list');
        continue;
      }
      try {
        const value = c.kind === 'list' ? splitList(cell) : parseCell(c, cell);
        if (c.subject && typeof value === 'string' && value.length > SUBJECT_MAX) {
          throw new CellError(`at most ${SUBJECT_MAX} characters (it names the record's subject)`);
        }
        values.set(c.name, value);
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        fail(e.message);
      }
    }
    return new ParsedRow(row.at, values);
  });
}

/**
 * Reads an export of another tool (`csv:<type>` or `json:<type>`, columns as in docs/formats/<type>.md)
 * into evidence drafts. All or nothing: any problem throws one `bad_input` EvidentError whose message
 * names the file, the row and the column of every problem (up to 20), and nothing is returned. Each item
 * carries the export itself as a raw file (the bytes given, or the UTF-8 of the text given), so the
 * ledger keeps what the tool produced.
 */
export function parseExport(
  formatName: string,
  input: string | Uint8Array,
  fileName: string,
  options: ParseExportOptions = {},
): CollectedItem[] {
  const { syntax, format } = formatOf(formatName);
  let text: string;
  try {
    text =
      typeof input === 'string'
        ? input
        : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    throw new EvidentError('bad_input', `${fileName}: not UTF-8 text (save the export as "CSV UTF-8")`);
  }
  let asOf: string | undefined;
  if (options.asOf !== undefined) {
    try {
      asOf = parseInstant(options.asOf.trim());
    } catch (e) {
      throw new EvidentError('bad_input', `as-of time: ${(e as Error).message}`);
    }
  }
  if (options.subject !== undefined && (!options.subject.trim() || options.subject.length > SUBJECT_MAX)) {
    throw new EvidentError('bad_input', `subject: expected 1 to ${SUBJECT_MAX} characters`);
  }
  try {
    const table = syntax === 'csv' ? readCsvTable(text) : readJsonTable(text);
    const header = checkColumns(table, format, syntax === 'csv' ? 'row 1' : undefined);
    if (header.length) throw new Rejected(header);
    const problems: Located[] = [];
    const rows = parseRows(table, format, problems);
    if (problems.length) throw new Rejected(problems);
    const drafts = format.build(rows, {
      fail: (at, column, message) =>
        problems.push({ ...(at ? { at } : {}), ...(column ? { column } : {}), message }),
      ...(asOf ? { asOf } : {}),
      ...(options.subject ? { subject: options.subject.trim() } : {}),
    });
    if (problems.length) throw new Rejected(problems);
    const file = {
      name: fileName.split(/[\\/]/).pop() || fileName,
      bytes: typeof input === 'string' ? new TextEncoder().encode(input) : input,
      media_type: syntax === 'csv' ? 'text/csv' : 'application/json',
    };
    return drafts.map((draft) => {
      // The column checks above should make this unreachable; if not, refuse rather than return bad evidence.
      const checked = validateDraft({ ...draft, source: 'export', artifacts: [] });
      if (checked.problems) {
        const p = checked.problems[0];
        throw new Rejected([
          {
            message: `the ${draft.type} record for ${draft.subject} is invalid at ${p?.path}: ${p?.message}`,
          },
        ]);
      }
      return { draft, files: [file] };
    });
  } catch (e) {
    if (e instanceof Rejected) throw rejection(fileName, e.problems);
    throw e;
  }
}
