/** Indexes into `cellXfs` below; 0 is the default every cell without an `s` attribute gets. */
export const CELL_STYLE = { header: 1, wrap: 2, date: 3 } as const;

/** Custom number formats start at 164 (ECMA-376 Part 1 §18.8.30 reserves 0–163 for built-ins). */
const DATE_FORMAT = 164;

/**
 * The styles part (ECMA-376 Part 1 §18.8). Excel requires the two leading fills (none, gray125) and at
 * least one font, border and cell style.
 */
export function stylesXml(): string {
  const font = (bold: boolean) =>
    `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (numFmt: number, font: number, alignment: string) =>
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"` +
    `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}` +
    (alignment ? ` applyAlignment="1"><alignment ${alignment}/></xf>` : '/>');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT}" formatCode="yyyy-mm-dd"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    xf(0, 0, '') +
    xf(0, 1, 'vertical="top" wrapText="1"') +
    xf(0, 0, 'vertical="top" wrapText="1"') +
    xf(DATE_FORMAT, 0, 'vertical="top"') +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}
