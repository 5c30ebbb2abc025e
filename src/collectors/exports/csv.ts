/**
 * A small RFC 4180 CSV reader and writer. Records end at CRLF, LF or a lone CR (old spreadsheet
 * exports); a field in double quotes may hold commas, line breaks and quotes written twice (`""`).
 * A leading UTF-8 byte order mark (Excel's "CSV UTF-8") is ignored. It is strict where RFC 4180 is:
 * a quote inside an unquoted field, or text after a closing quote, is a syntax error rather than a guess.
 */

/** One record: its fields, its number (1-based, the header is row 1) and the line it starts on. */
export type CsvRecord = { fields: string[]; row: number; line: number };

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly line: number,
    /** 1-based position of the field in its record. */
    readonly field: number,
    /** The header's fields, when the error is below it. */
    readonly header?: readonly string[],
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;
const lineBreaks = (s: string): number => s.match(LINE_BREAK)?.length ?? 0;

/** Every record of `text`, blank ones included (a blank line is a record with one empty field). */
export function readCsv(text: string): CsvRecord[] {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const records: CsvRecord[] = [];
  if (i >= n) return records;
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  const fail = (message: string, atLine = line) =>
    new CsvSyntaxError(message, records.length + 1, atLine, fields.length + 1, records[0]?.fields);
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      const opened = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw fail('a quoted value is never closed (its opening quote is here)', opened);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      line += lineBreaks(field);
      const c = text[i];
      if (i < n && c !== ',' && c !== '\n' && c !== '\r') {
        throw fail('text after a closing quote (a quote inside a quoted value must be doubled: "")');
      }
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        if (c === 34)
          throw fail('a quote inside an unquoted value (quote the whole value and double the quote)');
      }
      field = text.slice(i, j);
      i = j;
    }
    fields.push(field);
    if (i >= n) break;
    if (text[i] === ',') {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    records.push({ fields, row: records.length + 1, line: recordLine });
    fields = [];
    recordLine = line;
    // A line break at the very end closes the last record; it does not open an empty one.
    if (i >= n) return records;
  }
  records.push({ fields, row: records.length + 1, line: recordLine });
  return records;
}

const NEEDS_QUOTES = /[",\r\n]|^\uFEFF/;

/** Writes records as RFC 4180 CSV (CRLF line ends), quoting only the fields that need it. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((fields) =>
      fields
        .map((f) =>
          NEEDS_QUOTES.test(f) || (f === '' && fields.length === 1) ? `"${f.replaceAll('"', '""')}"` : f,
        )
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
