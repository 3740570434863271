import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const featuresFolder = path.join(root, 'renderer', 'features');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const featureOf = (file: string): string | undefined => {
  const relative = path.relative(featuresFolder, file);
  return relative.startsWith('..') ? undefined : relative.split(path.sep)[0];
};

/** Which features each feature imports (type-only imports included: they couple too). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(featuresFolder)) {
    const from = featureOf(file);
    if (!from) continue;
    const uses = graph.get(from) ?? new Set<string>();
    graph.set(from, uses);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from\s+'(\.[^']*)'/g)) {
      const to = featureOf(path.resolve(path.dirname(file), match[1]));
      if (to && to !== from) uses.add(to);
    }
  }
  return graph;
}

/** Every pair of features that import each other, directly or through others. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const reaches = (start: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(graph.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === undefined || seen.has(next)) continue;
      if (next === target) return true;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
    return false;
  };
  return [...graph.keys()].filter((feature) => reaches(feature, feature)).sort();
}

describe('the features of the renderer', () => {
  it('finds a cycle when two features import each other', () => {
    const graph = new Map([
      ['actions', new Set(['meetings'])],
      ['meetings', new Set(['actions'])],
      ['map', new Set(['roster'])],
    ]);
    expect(cycles(graph)).toEqual(['actions', 'meetings']);
  });

  it('import each other in one direction only, never in a cycle', () => {
    expect(cycles(featureGraph())).toEqual([]);
  });
});
