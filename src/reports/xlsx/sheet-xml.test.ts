import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cell } from './sheet.ts';
import { MAX_ROWS, sheetXml } from './sheet-xml.ts';

describe('sheetXml', () => {
  it('refuses a sheet beyond Excel’s row limit, naming it', () => {
    const rows: Cell[][] = new Array(MAX_ROWS);
    assert.throws(
      () => sheetXml({ name: 'Populations', columns: [{ header: 'A' }], rows }),
      /"Populations".*1048576/,
    );
  });

  it('writes numbers as numbers and dates in date columns as date serials', () => {
    const xml = sheetXml({
      name: 'S',
      columns: [{ header: 'N' }, { header: 'D', kind: 'date' }, { header: 'T' }],
      rows: [[7, '2026-01-01', '2026-01-01']],
    });
    assert.match(xml, /<c r="A2"><v>7<\/v><\/c>/);
    assert.match(xml, /<c r="B2" s="3"><v>46023<\/v><\/c>/);
    assert.match(xml, /<c r="C2" t="inlineStr"><is><t xml:space="preserve">2026-01-01<\/t>/);
  });

  it('refuses a row with more cells than columns', () => {
    assert.throws(() => sheetXml({ name: 'S', columns: [{ header: 'A' }], rows: [['a', 'b']] }), /row 2/);
  });
});
