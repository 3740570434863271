import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, shell } from 'electron';
import type { OpenEmailDraftRequest } from '../../shared/contract';
import { writeFileAtomically } from '../files';

/**
 * Handles `openEmailDraft`: writes the `.eml` draft into a new folder of Regia's own under the
 * system's temporary folder and opens it with the user's mail program, which shows it ready to
 * send (the draft is marked X-Unsent). The contract already refused any other kind of file.
 */
export async function openEmailDraft({ name, bytes }: OpenEmailDraftRequest): Promise<boolean> {
  const folder = path.join(app.getPath('temp'), 'regia-email', randomUUID());
  await mkdir(folder, { recursive: true });
  const filePath = path.join(folder, name);
  await writeFileAtomically(filePath, bytes);
  // openPath answers an error message, or an empty string when the application started.
  return (await shell.openPath(filePath)) === '';
}
