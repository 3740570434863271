import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import { translate, type MessageKey } from '../../shared/i18n';

/** What the menu needs to know about the running app, and how it reaches the window. */
export type MenuTemplateOptions = {
  /** Sends an app command to the focused window. */
  sendCommand: (command: MenuCommand) => void;
  /** Whether the app runs from an installed package: the developer tools are left out then. */
  isPackaged: boolean;
  /** Whether the app runs on macOS, where the first menu is the application menu. */
  isMac: boolean;
};

/** The Italian application menu: File, Modifica, Visualizza, Aiuto. */
export function buildMenuTemplate({
  sendCommand,
  isPackaged,
  isMac,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const label = (key: MessageKey): string => translate('it', key);
  const command = (key: MessageKey, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    id: menuCommand,
    label: label(key),
    click: () => sendCommand(menuCommand),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { label: label('menu.devTools'), role: 'toggleDevTools' }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: label('menu.file'),
      submenu: [
        command('menu.import', 'import'),
        command('menu.export', 'export'),
        command('menu.backup', 'backup'),
        command('menu.restore', 'restore'),
        // On macOS quitting lives in the application menu.
        ...(isMac ? [] : [separator, { label: label('menu.quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: label('menu.edit'),
      submenu: [
        { label: label('menu.undo'), role: 'undo' },
        { label: label('menu.redo'), role: 'redo' },
        separator,
        { label: label('menu.cut'), role: 'cut' },
        { label: label('menu.copy'), role: 'copy' },
        { label: label('menu.paste'), role: 'paste' },
        { label: label('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: label('menu.view'),
      submenu: [
        {
          ...command('menu.palette', 'palette'),
          accelerator: 'CmdOrCtrl+K',
          // The renderer handles Ctrl+K itself; the menu only shows the shortcut.
          registerAccelerator: false,
        },
        separator,
        { label: label('menu.reload'), role: 'reload' },
        separator,
        { label: label('menu.resetZoom'), role: 'resetZoom' },
        { label: label('menu.zoomIn'), role: 'zoomIn' },
        { label: label('menu.zoomOut'), role: 'zoomOut' },
        separator,
        { label: label('menu.fullscreen'), role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    {
      label: label('menu.help'),
      submenu: [command('menu.about', 'about'), command('menu.settings', 'settings')],
    },
  ];
  return isMac ? [{ label: label('app.name'), role: 'appMenu' }, ...template] : template;
}
