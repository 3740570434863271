import { dialog, shell } from 'electron';
import type { OpenDocumentRequest } from '../../shared/contract';
import { translate } from '../../shared/i18n';
import { isOpenableDocument } from '../../shared/security';
import { openAttachment, PrivateTempFolder } from '../files';

/** This run's private folder of opened documents; removed when the app quits. */
export const openedDocumentsFolder = new PrivateTempFolder();

async function confirmMacros(name: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: translate('it', 'files.macroTitle'),
    message: translate('it', 'files.macroTitle'),
    detail: translate('it', 'files.macroBody', { name }),
    buttons: [translate('it', 'common.cancel'), translate('it', 'files.macroOpen')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/**
 * Handles `openDocument`: writes a stored document into Regia's private temporary folder (never
 * a path the renderer chose) and opens it with the system's application, asking first for
 * formats that can carry macros. Programs, scripts and unknown types are refused: false, and
 * nothing is written.
 */
export async function openDocument({ name, bytes }: OpenDocumentRequest): Promise<boolean> {
  if (!isOpenableDocument(name)) return false;
  // openPath answers an error message, or an empty string when the application started.
  return openAttachment(
    openedDocumentsFolder,
    {
      confirmMacros,
      openPath: async (filePath) => (await shell.openPath(filePath)) === '',
    },
    name,
    bytes,
  );
}
