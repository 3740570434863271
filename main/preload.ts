import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelOf,
  menuCommandChannel,
  menuCommandSchema,
  type ContractMethod,
  type MenuCommand,
  type RegiaApi,
  type ResultOf,
} from '../shared/contract';

// Main validates every result against the contract before it crosses back.
function invoke<K extends ContractMethod>(method: K, ...args: unknown[]): Promise<ResultOf<K>> {
  return ipcRenderer.invoke(channelOf(method), ...args);
}

const api = {
  getAppInfo: () => invoke('getAppInfo'),
  openFile: (request) => invoke('openFile', request),
  saveFile: (request) => invoke('saveFile', request),
  writeAutomaticBackup: (request) => invoke('writeAutomaticBackup', request),
  listAutomaticBackups: () => invoke('listAutomaticBackups'),
  readAutomaticBackup: (fileName) => invoke('readAutomaticBackup', fileName),
  openExternal: (link) => invoke('openExternal', link),
  openSpreadsheet: (request) => invoke('openSpreadsheet', request),
  saveFiles: (request) => invoke('saveFiles', request),
  printToPdf: (request) => invoke('printToPdf', request),
  renderPdf: () => invoke('renderPdf'),
  openDocument: (request) => invoke('openDocument', request),
  openEmailDraft: (request) => invoke('openEmailDraft', request),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
} satisfies RegiaApi;

contextBridge.exposeInMainWorld('regia', api);
