import { readFileSync } from 'node:fs';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[] };

export type SelfTime = { name: string; where: string; ms: number; share: number };

const shorten = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/(src|bench)\//, '$1/');

/**
 * Self time from a `node --cpu-prof` profile: per function (name and place) and per file or
 * package, each from its sample count times the mean sampling interval. Largest first.
 */
export function topFunctions(file: string): { functions: SelfTime[]; files: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const samples = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const msPerSample = samples ? (profile.endTime - profile.startTime) / 1000 / samples : 0;
  const byFunction = new Map<string, SelfTime>();
  const byFile = new Map<string, SelfTime>();
  const add = (map: Map<string, SelfTime>, key: string, name: string, where: string, hits: number) => {
    const entry = map.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += hits * msPerSample;
    entry.share += samples ? hits / samples : 0;
    map.set(key, entry);
  };
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = url ? `${shorten(url)}:${lineNumber + 1}` : '';
    const name = functionName || '(anonymous)';
    add(byFunction, `${name}@${place}`, name, place, hits);
    const pkg = url.includes('/node_modules/')
      ? (shorten(url).match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[1] ?? url)
      : url
        ? shorten(url)
        : name;
    add(byFile, pkg, pkg, '', hits);
  }
  const order = (map: Map<string, SelfTime>) => [...map.values()].sort((a, b) => b.ms - a.ms);
  return { functions: order(byFunction), files: order(byFile) };
}
