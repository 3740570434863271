import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../shared/contract';
import { buildMenuTemplate } from '../../../../main/menu/menuTemplate';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function build(options: { isPackaged?: boolean; isMac?: boolean } = {}): {
  template: MenuItemConstructorOptions[];
  sent: MenuCommand[];
} {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    sendCommand: (command) => sent.push(command),
    isPackaged: options.isPackaged ?? true,
    isMac: options.isMac ?? false,
  });
  return { template, sent };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // Electron passes the item, the window and the event; the template's callbacks use none.
  const handler = item?.click;
  if (!handler) throw new Error(`no click handler on ${String(item?.label)}`);
  Reflect.apply(handler, undefined, []);
}

describe('buildMenuTemplate', () => {
  it('has the Italian top-level menus File, Modifica, Visualizza, Aiuto', () => {
    const { template } = build();

    expect(template.map((item) => item.label)).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);
  });

  it('sends import, export, backup and restore from the File menu', () => {
    const { template, sent } = build();
    const file = submenuOf(template[0]);

    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'Importa…',
      'Esporta…',
      'Salva backup…',
      'Ripristina da backup…',
      'separator',
      'Esci',
    ]);
    for (const item of file.slice(0, 4)) click(item);
    expect(sent).toEqual(['import', 'export', 'backup', 'restore']);
    expect(file[5]?.role).toBe('quit');
  });

  it('gives the Modifica menu the standard editing roles', () => {
    const { template } = build();

    expect(submenuOf(template[1]).flatMap((item) => (item.role ? [item.role] : []))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('shows Ctrl/Cmd+K for the command palette without taking the shortcut from the page', () => {
    const { template, sent } = build();
    const palette = submenuOf(template[2]).find((item) => item.label === 'Cerca comandi…');

    expect(palette).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
    click(palette);
    expect(sent).toEqual(['palette']);
  });

  it('offers the developer tools only when the app is not packaged', () => {
    const roles = (isPackaged: boolean): unknown[] =>
      submenuOf(build({ isPackaged }).template[2]).map((item) => item.role);

    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('sends about and settings from the Aiuto menu', () => {
    const { template, sent } = build();
    const help = submenuOf(template[3]);

    expect(help.map((item) => item.label)).toEqual(['Informazioni su Regia', 'Impostazioni…']);
    for (const item of help) click(item);
    expect(sent).toEqual(['about', 'settings']);
  });

  it('puts the application menu first on macOS and leaves quitting to it', () => {
    const { template } = build({ isMac: true });

    expect(template.map((item) => item.role ?? item.label)).toEqual([
      'appMenu',
      'File',
      'Modifica',
      'Visualizza',
      'Aiuto',
    ]);
    expect(submenuOf(template[1]).map((item) => item.role)).not.toContain('quit');
  });
});
