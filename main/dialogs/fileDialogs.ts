import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import {
  maxFileBytes,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/contract';
import { translate } from '../../shared/i18n';
import { readFileBytes, writeFileAtomically } from '../files';

/** Handles `openFile`: lets the user choose one file and returns its name and bytes, or null. */
export async function openFile(request: OpenFileRequest): Promise<OpenedFile | null> {
  const options: OpenDialogOptions = {
    title: request.title,
    filters: request.filters,
    properties: ['openFile'],
  };
  const window = BrowserWindow.getFocusedWindow();
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const [filePath] = choice.filePaths;
  if (choice.canceled || !filePath) return null;
  const { size } = await stat(filePath);
  if (size > maxFileBytes) {
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    throw new Error(
      translate('it', 'error.fileTooLarge', {
        size: megabytes(size),
        limit: megabytes(maxFileBytes),
      }),
    );
  }
  return { name: path.basename(filePath), bytes: await readFileBytes(filePath) };
}

/** Handles `saveFile`: lets the user choose where to save, then writes the bytes atomically. */
export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
  };
  const window = BrowserWindow.getFocusedWindow();
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, location: null };
  await writeFileAtomically(choice.filePath, request.bytes);
  return { saved: true, location: choice.filePath };
}
