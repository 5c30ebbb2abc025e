export { type CsvRecord, CsvSyntaxError, readCsv, writeCsv } from './csv.ts';
export type { ExportFormat } from './export-format.ts';
export { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, EXPORT_SYNTAXES } from './export-formats.ts';
export { type ParseExportOptions, parseExport } from './parse-export.ts';
