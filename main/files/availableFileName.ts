import { stat } from 'node:fs/promises';
import path from 'node:path';

async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * A name in the folder that no file has yet: the name itself, or with " (2)", " (3)"… before its
 * extension, as file managers do, so saving never silently replaces a file already there.
 * `taken` holds names already chosen in the same save that are not on disk yet.
 */
export async function availableFileName(
  folder: string,
  name: string,
  taken: ReadonlySet<string> = new Set(),
): Promise<string> {
  const extension = path.extname(name);
  const stem = extension ? name.slice(0, -extension.length) : name;
  for (let counter = 1; ; counter += 1) {
    const candidate = counter === 1 ? name : `${stem} (${counter})${extension}`;
    if (!taken.has(candidate) && !(await exists(path.join(folder, candidate)))) return candidate;
  }
}
