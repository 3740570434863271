import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Writes the content of a new file into an open handle; used when the bytes come from a producer. */
export type FileWriter = (file: FileHandle) => Promise<void>;

/**
 * Replaces a file so that a reader, a crash or a power cut sees either the old content or the
 * new one, never a mix: the bytes go to a temporary file in the same folder, are flushed to
 * disk, and the temporary file is renamed over the target.
 */
export async function writeFileAtomically(
  filePath: string,
  content: Uint8Array | FileWriter,
): Promise<void> {
  const folder = path.dirname(filePath);
  // Same folder as the target, because a rename is only atomic within one file system.
  const temporaryPath = path.join(folder, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  const file = await open(temporaryPath, 'wx');
  try {
    try {
      if (typeof content === 'function') await content(file);
      else await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Flushes a folder's entries, so the rename itself survives a power cut. */
async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals the rename instead.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
