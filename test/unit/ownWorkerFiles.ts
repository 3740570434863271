import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const moduleMock = /\bvi\.(?:mock|doMock)\(/;
/** The docblock vitest reads a file's environment from, as vitest reads it. */
const domEnvironment = /@(?:vitest|jest)-environment\s+(?:jsdom|happy-dom)\b/;
const testFile = /\.test\.tsx?$/;

/**
 * The test files under a folder that need a worker of their own, as paths relative to the root:
 * those that replace a module with `vi.mock` (a mock binds the modules that import the mocked one
 * when they are first evaluated, so in a shared worker they would get modules bound to another
 * file's mock, or leave theirs to the next file) and those that run in a DOM (one jsdom serves a
 * worker's files: Mantine's portal node, its notifications and what a file printed stay in it).
 */
export function filesThatNeedTheirOwnWorker(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => testFile.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .filter((file) => {
      const source = readFileSync(path.join(root, file), 'utf8');
      return moduleMock.test(source) || domEnvironment.test(source);
    })
    .sort();
}
