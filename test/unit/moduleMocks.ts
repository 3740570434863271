import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const moduleMock = /\bvi\.(?:mock|doMock)\(/;
const testFile = /\.test\.tsx?$/;

/**
 * The test files under a folder that replace a module with `vi.mock`, as paths relative to the
 * root. A mock binds the modules that import the mocked one when they are first evaluated, so
 * these files need a module registry of their own: in a worker shared with other files they
 * would get modules bound to another file's mock, or leave theirs to the next file.
 */
export function filesThatMockModules(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => testFile.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .filter((file) => moduleMock.test(readFileSync(path.join(root, file), 'utf8')))
    .sort();
}
