import { isCollection, isMap, isNode, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import type { Problem, SourcePosition } from './errors.ts';
import { formatPath } from './json-path.ts';

/** A parsed YAML text that can still say where each value stood. */
export type YamlSource = {
  file: string;
  value: unknown;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly PropertyKey[], key?: string): SourcePosition;
  syntaxProblems: Problem[];
};

/** `lineOffset` places text cut out of a bigger file (front matter) at its real lines. */
export function readYaml(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, path?: string): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col, ...(path ? { path } : {}) };
  };
  const syntaxProblems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    position: at(e.pos[0]),
  }));
  let value: unknown;
  if (!syntaxProblems.length) {
    try {
      // Aliases are resolved here; a bad or excessive one throws (yaml limits alias expansion).
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      syntaxProblems.push({ message: e instanceof Error ? e.message : String(e), position: at(0) });
    }
  }
  return {
    file,
    value,
    syntaxProblems,
    positionOf(path, key) {
      const segments = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const label = formatPath([...segments, ...(key === undefined ? [] : [key])]);
      for (let n = segments.length; n >= 0; n--) {
        const node = doc.getIn(segments.slice(0, n), true);
        if (!isNode(node)) continue;
        if (n === segments.length && key !== undefined && isMap(node)) {
          const keyNode = keyOf(node, key);
          if (keyNode) return at(rangeStart(keyNode), label);
        }
        // A block (map or list) is best pointed at by the key that introduces it.
        const parent = n > 0 && isCollection(node) ? doc.getIn(segments.slice(0, n - 1), true) : undefined;
        const keyNode = isMap(parent) ? keyOf(parent, segments[n - 1]) : undefined;
        return at(rangeStart(keyNode ?? node), label);
      }
      return at(0, label);
    },
  };
}

const rangeStart = (node: Node): number => node.range?.[0] ?? 0;

const keyOf = (map: YAMLMap, key: unknown): Node | undefined => {
  const pair = map.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
  return pair && isNode(pair.key) ? pair.key : undefined;
};

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );

/** Turns zod issues into problems placed at the offending key or value. */
export function zodProblems(source: YamlSource, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        message: `unknown key "${key}"`,
        position: source.positionOf(issue.path, key),
      }));
    }
    const label = formatPath(issue.path);
    const missing = issue.path.length > 0 && valueAt(source.value, issue.path) === undefined;
    return [
      {
        message: missing ? `missing required key "${label}"` : `${label || '(document)'}: ${issue.message}`,
        position: source.positionOf(issue.path),
      },
    ];
  });
}

/** Parses and validates in one step; `problems` is empty exactly when `data` is set. */
export function parseYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  lineOffset = 0,
): { data?: z.output<S>; problems: Problem[]; source: YamlSource } {
  const source = readYaml(text, file, lineOffset);
  if (source.syntaxProblems.length) return { problems: source.syntaxProblems, source };
  const result = schema.safeParse(source.value ?? {});
  if (!result.success) return { problems: zodProblems(source, result.error), source };
  return { data: result.data, problems: [], source };
}
