import { app, BrowserWindow, Menu } from 'electron';
import { menuCommandChannel, type MenuCommand } from '../../shared/contract';
import { buildMenuTemplate } from './menuTemplate';

/** Sends a menu command to the window the user is working in. */
export function sendMenuCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(menuCommandChannel, command);
}

/** Installs Regia's Italian application menu. */
export function setApplicationMenu(): void {
  const template = buildMenuTemplate({
    sendCommand: sendMenuCommand,
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
