import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The docblock vitest reads a file's environment from (`// @vitest-environment jsdom`). */
const environmentComment = /@(?:vitest|jest)-environment\s+([\w-]+)\b/;

/** The environment a test file asks for in its docblock, or the project's default. */
export function environmentOf(source: string, projectDefault: string): string {
  return environmentComment.exec(source)?.[1] ?? projectDefault;
}

/**
 * Orders the test files as vitest does (slowest or largest first), then puts the files of one
 * environment together. A worker that is not isolated is reused only for a next file of the same
 * environment: when node and jsdom files alternate, vitest ends the worker and starts another,
 * which imports Dexie, React and Mantine again and builds a new jsdom, once per switch.
 */
export class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const groups = new Map<string, TestSpecification[]>();
    for (const spec of sorted) {
      const key = `${spec.project.name}:${environmentOf(readSource(spec.moduleId), spec.project.config.environment)}`;
      const group = groups.get(key) ?? [];
      group.push(spec);
      groups.set(key, group);
    }
    return [...groups.values()].flat();
  }
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
