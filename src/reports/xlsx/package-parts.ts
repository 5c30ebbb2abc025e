import { columnName } from './column-name.ts';
import { docPropsParts } from './doc-props-parts.ts';
import { escapeXml } from './escape-xml.ts';
import type { Part } from './part.ts';
import type { Sheet } from './sheet.ts';
import { sheetName } from './sheet-name.ts';
import { sheetXml } from './sheet-xml.ts';
import { stylesXml } from './styles-xml.ts';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The parts of a SpreadsheetML package (ECMA-376 Part 1 §12.2, Part 2 for content types and
 * relationships) holding `sheets` in order; the caller zips them. Sheet names are cleaned to what
 * Excel accepts and must stay unique ignoring case, as Excel requires.
 */
export function packageParts(sheets: Sheet[], props: { title: string; created: string }): Part[] {
  if (!sheets.length) throw new Error('a workbook needs at least one sheet');
  const named = sheets.map((s) => ({ ...s, name: sheetName(s.name) }));
  const seen = new Set<string>();
  for (const s of named) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) throw new Error(`two sheets are named "${s.name}" (Excel ignores case)`);
    seen.add(key);
  }
  const overrides = [
    ['/xl/workbook.xml', `${CT}officedocument.spreadsheetml.sheet.main+xml`],
    ...named.map((_, i) => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      `${CT}officedocument.spreadsheetml.worksheet+xml`,
    ]),
    ['/xl/styles.xml', `${CT}officedocument.spreadsheetml.styles+xml`],
    ['/docProps/core.xml', `${CT}package.core-properties+xml`],
    ['/docProps/app.xml', `${CT}officedocument.extended-properties+xml`],
  ];
  const contentTypes =
    DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="${CT}package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
  const rootRels = relationships([
    [`${REL}/officeDocument`, 'xl/workbook.xml'],
    [
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      'docProps/core.xml',
    ],
    [`${REL}/extended-properties`, 'docProps/app.xml'],
  ]);
  const workbookRels = relationships([
    ...named.map((_, i) => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
    [`${REL}/styles`, 'styles.xml'],
  ]);
  // Excel keeps each sheet's autofilter range in the hidden name _xlnm._FilterDatabase (§18.2.5).
  const filters = named.map(
    (s, i) =>
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
      `${escapeXml(`'${s.name.replace(/'/g, "''")}'`)}!$A$1:$${columnName(Math.max(1, s.columns.length) - 1)}$${s.rows.length + 1}</definedName>`,
  );
  const workbook =
    DECL +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews><sheets>' +
    named
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets><definedNames>${filters.join('')}</definedNames></workbook>`;
  return [
    { path: '[Content_Types].xml', data: contentTypes },
    { path: '_rels/.rels', data: rootRels },
    { path: 'xl/workbook.xml', data: workbook },
    { path: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { path: 'xl/styles.xml', data: stylesXml() },
    ...named.map((s, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
    ...docPropsParts(props.title, props.created),
  ];
}

function relationships(rels: (readonly [string, string])[]): string {
  return (
    DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
      .join('') +
    '</Relationships>'
  );
}
