import { readFile } from 'node:fs/promises';

/** The content of a file as a Uint8Array that owns exactly the file's bytes. */
export async function readFileBytes(filePath: string): Promise<Uint8Array<ArrayBuffer>> {
  const content = await readFile(filePath);
  // A Buffer can be a view on a larger shared pool; only the file's bytes may cross to the renderer.
  const ownsItsMemory =
    content.byteOffset === 0 && content.byteLength === content.buffer.byteLength;
  return ownsItsMemory ? new Uint8Array(content.buffer) : new Uint8Array(content);
}
