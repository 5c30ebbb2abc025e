/**
 * CommonMark lets a backslash escape any ASCII punctuation (spec §2.4), so every character that can
 * start inline markup (emphasis, code, links, raw HTML, entities, strikethrough, table pipes) is escaped.
 */
const INLINE = /[\\`*_[\]<>|~&!#]/g;
/** Line endings per CommonMark §2.2, plus the Unicode separators some editors keep. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Plain text as one Markdown line that renders as exactly that text: inline markup escaped, line breaks
 * turned into spaces, and the few line starts that open a block (lists, headings, quotes, breaks,
 * indented code) neutralised. Safe at the start of a line, after `# ` and after `- `.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LINE_BREAK, ' ')
    .trimStart()
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Text for a GFM table cell: escaped as inline text, with every `|` escaped (GFM tables treat `\|` as
 * cell content, spec §4.10) and line breaks kept as `<br>` so the row stays on one line.
 */
export const escapeCell = (text: string): string =>
  text
    .split(LINE_BREAK)
    .map((line) => line.replace(INLINE, '\\$&'))
    .join('<br>')
    .trim();
