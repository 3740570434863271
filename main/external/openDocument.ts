import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, shell } from 'electron';
import type { OpenDocumentRequest } from '../../shared/contract';
import { isOpenableDocument } from '../../shared/security';
import { writeFileAtomically } from '../files';

/**
 * Handles `openDocument`: writes a stored document into a new folder of Regia's own under the
 * system's temporary folder (never a path the renderer chose) and opens it with the system's
 * application. Programs, scripts and unknown types are refused: false, and nothing is written.
 */
export async function openDocument({ name, bytes }: OpenDocumentRequest): Promise<boolean> {
  if (!isOpenableDocument(name)) return false;
  const folder = path.join(app.getPath('temp'), 'regia-documenti', randomUUID());
  await mkdir(folder, { recursive: true });
  const filePath = path.join(folder, name);
  await writeFileAtomically(filePath, bytes);
  // openPath answers an error message, or an empty string when the application started.
  return (await shell.openPath(filePath)) === '';
}
