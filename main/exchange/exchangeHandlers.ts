import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type {
  OpenedSpreadsheet,
  OpenSpreadsheetRequest,
  SaveFilesRequest,
  SaveFilesResult,
} from '../../shared/contract';
import { spreadsheetLimits } from '../../shared/exchange/limits';
import { readFileBytes } from '../files';
import { writeFilesIntoFolder } from './writeFilesIntoFolder';
import { childSpreadsheetLimits } from './childLimits';
import { readSpreadsheetInChild } from './spreadsheetTask';
import { spawnSpreadsheetUtilityProcess } from './utilityProcessSpawner';

async function showOpenDialog(options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const [chosen] = choice.filePaths;
  return choice.canceled || !chosen ? null : chosen;
}

/** Handles `openSpreadsheet`: the user picks a file, a utility process reads it within the limits. */
export async function openSpreadsheet(
  request: OpenSpreadsheetRequest,
): Promise<OpenedSpreadsheet | null> {
  const filePath = await showOpenDialog({
    title: request.title,
    filters: [{ name: 'Fogli di calcolo', extensions: ['xlsx', 'xls', 'ods', 'csv'] }],
    properties: ['openFile'],
  });
  if (!filePath) return null;
  const name = path.basename(filePath);
  const { size } = await stat(filePath);
  if (size > spreadsheetLimits.maxFileBytes) {
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    const problem = {
      code: 'fileTooLarge' as const,
      params: { size: megabytes(size), limit: megabytes(spreadsheetLimits.maxFileBytes) },
    };
    return { name, result: { ok: false, problem } };
  }
  const bytes = await readFileBytes(filePath);
  return {
    name,
    fingerprint: createHash('sha256').update(bytes).digest('hex'),
    result: await readSpreadsheetInChild(
      spawnSpreadsheetUtilityProcess,
      bytes,
      childSpreadsheetLimits,
    ),
  };
}

/** Handles `saveFiles`: the user picks a folder, every file is written into it atomically. */
export async function saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult> {
  const folder = await showOpenDialog({
    title: request.title,
    properties: ['openDirectory', 'createDirectory'],
  });
  if (!folder) return { saved: false, location: null, count: 0 };
  const count = await writeFilesIntoFolder(folder, request.files);
  return { saved: true, location: folder, count };
}
