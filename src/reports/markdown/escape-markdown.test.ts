import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeCell, escapeMarkdown } from './escape-markdown.ts';
import { markdownTable } from './markdown-block.ts';

const SPECIAL = new Set('\\`*_[]<>|~&!#');
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Reads escaped Markdown text back, failing on any markup character that was left unescaped. */
function readBack(md: string, breaks = false): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i] ?? '';
    if (c === '\\' && i + 1 < md.length) out += md[++i];
    else if (breaks && md.startsWith('<br>', i)) {
      out += '\n';
      i += 3;
    } else if (SPECIAL.has(c)) throw new Error(`unescaped ${c} at ${i} in ${JSON.stringify(md)}`);
    else out += c;
  }
  return out;
}

/** GFM (spec §4.10): a row's cells are split at pipes not preceded by a backslash. */
const cellsOf = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1);

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('|', '\\|', 'a\\', '\n', '- x', '1. x', '# x', '<b>'),
);

describe('escapeMarkdown', () => {
  it('keeps any text on one line, unescaped markup-free, and reading back as the same words', () => {
    fc.assert(
      fc.property(text, (s) => {
        const md = escapeMarkdown(s);
        assert.doesNotMatch(md, LINE_BREAK);
        assert.equal(readBack(md), s.replace(LINE_BREAK, ' ').trimStart());
      }),
      { numRuns: 2000 },
    );
  });

  it('never starts a block (list, heading, quote, break, code) at the start of a line', () => {
    fc.assert(
      fc.property(text, (s) => {
        assert.doesNotMatch(escapeMarkdown(s), /^(?:[-+*>#=`~]|\d{1,9}[.)](?:\s|$)|\s)/);
      }),
      { numRuns: 2000 },
    );
    assert.equal(escapeMarkdown('99.9% uptime'), '99.9% uptime');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
  });
});

describe('escapeCell', () => {
  it('keeps the shape of a table whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(text, { minLength: n, maxLength: n }),
              fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 4 }),
            ),
          ),
        ([columns, rows]) => {
          const lines = markdownTable(columns, rows).split('\n');
          assert.equal(lines.length, rows.length + 2, 'one line per row');
          for (const line of lines) assert.equal(cellsOf(line).length, columns.length, line);
          for (const [r, row] of rows.entries()) {
            const cells = cellsOf(lines[r + 2] ?? '');
            for (const [i, cell] of cells.entries())
              assert.equal(
                readBack(cell.trim(), true).trim(),
                (row[i] ?? '').replace(LINE_BREAK, '\n').trim(),
              );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('shows line breaks inside a cell as <br>', () => {
    assert.equal(escapeCell('a\nb|c'), 'a<br>b\\|c');
  });
});
