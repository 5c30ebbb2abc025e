import { CsvSyntaxError, readCsv } from './csv.ts';
import { type Located, Rejected } from './problems.ts';

/** A cell as read: trimmed text, or a list when a JSON export gives an array. Empty text = no value. */
export type Cell = string | string[];
export type TableRow = { at: string; line?: number; cells: ReadonlyMap<string, Cell> };
/** An export read into named columns; `columns` are in the order the file gives them. */
export type Table = { columns: string[]; rows: TableRow[] };

/** `row 4`, or `row 4 (line 6)` when values with line breaks above it push the record further down. */
const rowAt = (row: number, line: number): string =>
  line === row ? `row ${row}` : `row ${row} (line ${line})`;

const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0]?.trim() === '';

/** Row numbers are those a spreadsheet shows: the header is row 1 and blank rows are counted (and skipped). */
export function readCsvTable(text: string): Table {
  let records: ReturnType<typeof readCsv>;
  try {
    records = readCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    const name = e.header?.[e.field - 1]?.trim();
    const at = rowAt(e.row, e.line);
    throw new Rejected([
      name
        ? { at, line: e.line, column: name, message: e.message }
        : { at: `${at}, field ${e.field}`, line: e.line, message: e.message },
    ]);
  }
  const [head, ...body] = records;
  if (!head || isBlank(head.fields)) {
    throw new Rejected([
      { at: 'row 1', message: 'the file is empty: expected a header row naming the columns' },
    ]);
  }
  const problems: Located[] = [];
  const columns = head.fields.map((f) => f.trim());
  columns.forEach((name, i) => {
    const first = columns.indexOf(name);
    if (!name) problems.push({ at: `row 1, field ${i + 1}`, message: 'a column has no name' });
    else if (first !== i) {
      problems.push({
        at: 'row 1',
        column: name,
        message: `the column appears twice (fields ${first + 1} and ${i + 1})`,
      });
    }
  });
  const rows: TableRow[] = [];
  for (const r of body) {
    if (isBlank(r.fields)) continue;
    const at = rowAt(r.row, r.line);
    if (r.fields.length !== columns.length) {
      problems.push({
        at,
        line: r.line,
        message: `${r.fields.length} values, but the header names ${columns.length} columns (a value containing a comma must be in double quotes)`,
      });
      continue;
    }
    rows.push({ at, line: r.line, cells: new Map(columns.map((c, i) => [c, (r.fields[i] ?? '').trim()])) });
  }
  if (problems.length) throw new Rejected(problems);
  return { columns, rows };
}

function jsonCell(v: unknown): Cell | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    return v.map((x) => String(x).trim()).filter(Boolean);
  }
  return undefined;
}

/** A JSON array of objects whose keys are the same column names as the CSV format's. */
export function readJsonTable(text: string): Table {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new Rejected([{ message: `not JSON: ${(e as Error).message}` }]);
  }
  if (!Array.isArray(value)) {
    throw new Rejected([{ message: 'expected a JSON array of objects, one per row' }]);
  }
  const problems: Located[] = [];
  const columns: string[] = [];
  const rows: TableRow[] = [];
  value.forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ at, message: 'expected an object whose keys are the column names' });
      return;
    }
    const cells = new Map<string, Cell>();
    for (const [key, v] of Object.entries(item)) {
      if (!columns.includes(key)) columns.push(key);
      const cell = jsonCell(v);
      if (cell === undefined) {
        problems.push({
          at,
          column: key,
          message: 'expected text, a number, true/false, null or a list of text',
        });
      } else cells.set(key, cell);
    }
    rows.push({ at, cells });
  });
  if (problems.length) throw new Rejected(problems);
  return { columns, rows };
}
