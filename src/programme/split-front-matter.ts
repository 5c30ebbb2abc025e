/** Splits Markdown into its `---` front matter and body; `yamlLine` is the line where the YAML starts (1-based). */
export function splitFrontMatter(text: string): { yaml: string; body: string; yamlLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), yamlLine: 2 };
}
