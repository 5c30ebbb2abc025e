import { escapeXml } from './escape-xml.ts';
import type { Part } from './part.ts';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The core properties (ECMA-376 Part 2 §11, Dublin Core terms) and extended properties (Part 1 §22.2)
 * parts. `created` is an ISO 8601 instant; it is written as W3CDTF in whole seconds, as Office writes
 * it, and left out when it is not a valid instant with a four-digit year.
 */
export function docPropsParts(title: string, created: string): Part[] {
  const ms = Date.parse(created);
  const iso = Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  const when = /^\d{4}-/.test(iso) ? `${iso.slice(0, 19)}Z` : '';
  const stamp = (tag: string) =>
    when ? `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${when}</dcterms:${tag}>` : '';
  const core =
    DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Evident</dc:creator>` +
    `<cp:lastModifiedBy>Evident</cp:lastModifiedBy>${stamp('created')}${stamp('modified')}` +
    '</cp:coreProperties>';
  const app =
    DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    '<Application>Evident</Application></Properties>';
  return [
    { path: 'docProps/core.xml', data: core },
    { path: 'docProps/app.xml', data: app },
  ];
}
