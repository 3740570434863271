import path from 'node:path';
import { availableFileName, writeFileAtomically } from '../files';

/**
 * Writes files into a folder the user chose, each atomically, never over a file already there. A name is only ever a plain file
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
  // A file already in the folder (an earlier export, a partner's returned copy) is never
  // replaced: the new one gets " (2)" before its extension.
  const written = new Set<string>();
  for (const file of files) {
    const name = await availableFileName(folder, file.name, written);
    written.add(name);
    await writeFileAtomically(path.join(folder, name), file.bytes);
  }
  return files.length;
}
