import { cellText } from './cell-text.ts';
import { columnName } from './column-name.ts';
import { columnWidths } from './column-widths.ts';
import { escapeXml } from './escape-xml.ts';
import { excelDate } from './excel-date.ts';
import type { Cell, Column, Sheet } from './sheet.ts';
import { CELL_STYLE } from './styles-xml.ts';
import { xstring } from './xstring.ts';

/** Excel's row limit ("Excel specifications and limits"), the header row included. */
export const MAX_ROWS = 1_048_576;

/**
 * A worksheet part (ECMA-376 Part 1 §18.3.1.99) with the header row frozen (§18.3.1.66 pane) and an
 * autofilter over the header and data (§18.3.1.2). Strings are inline (`t="inlineStr"`), numbers are
 * numbers, dates are serials with the date style. Child elements follow CT_Worksheet's order.
 */
export function sheetXml(sheet: Sheet): string {
  const rowCount = sheet.rows.length + 1;
  if (rowCount > MAX_ROWS)
    throw new Error(
      `sheet "${sheet.name}" would have ${rowCount} rows; Excel allows at most ${MAX_ROWS} per sheet`,
    );
  const width = Math.max(1, sheet.columns.length);
  const last = `${columnName(width - 1)}${rowCount}`;
  const cols = columnWidths(sheet)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const header = sheet.columns.map((c, i) => stringCell(`${columnName(i)}1`, c.header, CELL_STYLE.header));
  const rows = [`<row r="1">${header.join('')}</row>`];
  sheet.rows.forEach((row, r) => {
    if (row.length > sheet.columns.length)
      throw new Error(`sheet "${sheet.name}" row ${r + 2} has more cells than the sheet has columns`);
    const cells = row.map((value, c) => cellXml(`${columnName(c)}${r + 2}`, value, sheet.columns[c]));
    rows.push(`<row r="${r + 2}">${cells.join('')}</row>`);
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    `${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}"/>` +
    '</worksheet>'
  );
}

function cellXml(ref: string, value: Cell, column: Column | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : stringCell(ref, String(value));
  const serial = column?.kind === 'date' ? excelDate(value) : undefined;
  if (serial !== undefined) return `<c r="${ref}" s="${CELL_STYLE.date}"><v>${serial}</v></c>`;
  return stringCell(ref, value, column?.kind === 'wrap' ? CELL_STYLE.wrap : undefined);
}

function stringCell(ref: string, text: string, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  // xml:space="preserve" keeps leading and trailing spaces (ECMA-376 Part 1 §18.4.12).
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(xstring(cellText(text)))}</t></is></c>`;
}
