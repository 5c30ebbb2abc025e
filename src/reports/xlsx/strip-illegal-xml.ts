/**
 * Removes what XML 1.0 cannot carry (§2.2 production [2] Char: tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD, U+10000–U+10FFFF): the other C0 controls, lone surrogates, U+FFFE and U+FFFF. No
 * escape can represent them, so an XML parser (and Excel) would reject the whole part.
 */
export function stripIllegalXml(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let legal: boolean;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      legal = false;
    } else {
      legal =
        c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xfffd && !(c >= 0xdc00 && c <= 0xdfff));
    }
    if (!legal) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}
