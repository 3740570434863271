import path from 'node:path';
import { writeFileAtomically } from '../files';

/**
 * Writes files into a folder the user chose, each atomically. A name is only ever a plain file
 * name: anything that would leave the folder (a separator, `..`, an absolute path, NUL) is refused.
 */
export async function writeFilesIntoFolder(
  folder: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<number> {
  for (const file of files) {
    const target = path.join(folder, file.name);
    if (
      file.name.includes('\0') ||
      path.basename(file.name) !== file.name ||
      path.dirname(path.resolve(target)) !== path.resolve(folder)
    ) {
      throw new Error(`Nome di file non valido: ${file.name}`);
    }
  }
  for (const file of files) await writeFileAtomically(path.join(folder, file.name), file.bytes);
  return files.length;
}
