import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CsvSyntaxError, readCsv, writeCsv } from './csv.ts';

const fields = (text: string) => readCsv(text).map((r) => r.fields);

describe('readCsv (RFC 4180)', () => {
  it('reads LF, CRLF and lone-CR line ends alike, without an empty record for the final line break', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
    ];
    assert.deepEqual(fields('a,b\n1,2\n'), expected);
    assert.deepEqual(fields('a,b\r\n1,2\r\n'), expected);
    assert.deepEqual(fields('a,b\r1,2'), expected);
    assert.deepEqual(fields('a,b\n1,2'), expected);
  });

  it('ignores a UTF-8 byte order mark at the start only', () => {
    assert.deepEqual(fields('\uFEFFname,x\n\uFEFFv,1\n'), [
      ['name', 'x'],
      ['\uFEFFv', '1'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps empty fields', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2\nline 3"\r\n,,\r\n';
    assert.deepEqual(fields(text), [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\r\nline 2\nline 3'],
      ['', '', ''],
    ]);
  });

  it('numbers records like a spreadsheet and tells the line each starts on', () => {
    const records = readCsv('h1,h2\n"a\nb",1\n\nc,2\n');
    assert.deepEqual(
      records.map((r) => [r.row, r.line, r.fields]),
      [
        [1, 1, ['h1', 'h2']],
        [2, 2, ['a\nb', '1']],
        [3, 4, ['']],
        [4, 5, ['c', '2']],
      ],
    );
  });

  it('refuses what RFC 4180 does not allow, saying where', () => {
    const cases: [string, number, number, number, RegExp][] = [
      ['a,b\n1,"open\n\n', 2, 2, 2, /never closed/],
      ['a,b\n1,"x"y\n', 2, 2, 2, /text after a closing quote/],
      ['a,b\n"m\nn",ab"c\n', 2, 3, 2, /quote inside an unquoted value/],
    ];
    for (const [text, row, line, field, message] of cases) {
      assert.throws(
        () => readCsv(text),
        (e: unknown) =>
          e instanceof CsvSyntaxError &&
          message.test(e.message) &&
          e.row === row &&
          e.line === line &&
          e.field === field &&
          e.header?.[0] === 'a',
        text,
      );
    }
  });

  it('round-trips any fields, including commas, quotes, line breaks and a leading BOM', () => {
    const char = fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', ';', 'é', '\uFEFF', '0');
    const field = fc.string({
      unit: fc.oneof(char, fc.string({ minLength: 1, maxLength: 1 })),
      maxLength: 12,
    });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rows, (rs) => {
        assert.deepEqual(fields(writeCsv(rs)), rs);
      }),
      { numRuns: 500 },
    );
  });

  it('never fails on any text with anything but a CsvSyntaxError, and reads all of valid text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '\uFEFF') }), (text) => {
        try {
          const records = readCsv(text);
          assert.ok(records.every((r, i) => r.row === i + 1 && r.fields.length >= 1));
        } catch (e) {
          assert.ok(e instanceof CsvSyntaxError, String(e));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
