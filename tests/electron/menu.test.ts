// The native menu template: every command it sends is a real MenuCommand, every command has a
// place, the shortcuts are the agreed ones and no key is claimed twice.
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, MENU_ACCELERATORS, type MenuTemplateItem } from '../../electron/menu';
import { isMenuCommand, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

function flatten(items: MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function build(platform = 'win32', isPackaged = true) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ send: (c) => sent.push(c), isPackaged, platform });
  return { template, items: flatten(template), sent };
}

function find(items: MenuTemplateItem[], label: string): MenuTemplateItem {
  const item = items.find((i) => i.label === label && i.visible !== false);
  if (!item) throw new Error(`No menu item "${label}"`);
  return item;
}

describe('menu template', () => {
  it('sends only real MenuCommands, and offers every one of them', () => {
    const { items, sent } = build();
    for (const item of items) item.click?.();
    expect(sent.length).toBeGreaterThan(0);
    for (const command of sent) expect(isMenuCommand(command)).toBe(true);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('has File, Edit, View and Help with Alt-key mnemonics on Windows', () => {
    expect(build('win32').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['New recommendation', 'new-recommendation', 'CmdOrCtrl+N'],
    ['New agenda item', 'new-item', 'CmdOrCtrl+Shift+I'],
    ['New meeting', 'new-meeting', 'CmdOrCtrl+Shift+M'],
    ['New committee', 'new-committee', 'CmdOrCtrl+Shift+K'],
    ['Open example tracker', 'open-example', undefined],
    ['Import minutes…', 'import-minutes', 'CmdOrCtrl+Shift+O'],
    ['Import tracker file…', 'import-interchange', 'CmdOrCtrl+O'],
    ['Export appendix…', 'export-appendix', 'CmdOrCtrl+E'],
    ['Export the view to CSV…', 'export-view-csv', undefined],
    ['Export the view to Excel (.xlsx)…', 'export-view-xlsx', undefined],
    ['Export the whole tracker (interchange JSON)…', 'export-interchange', undefined],
    ['Save a backup…', 'save-backup', 'CmdOrCtrl+Shift+S'],
    ['Restore from a backup…', 'restore-backup', undefined],
    ['Storage and backups…', 'backup-settings', undefined],
    ['Bin…', 'show-bin', undefined],
    ['Chasing settings…', 'chasing-settings', undefined],
    ['Tracker', 'show-tracker', 'CmdOrCtrl+1'],
    ['Awaiting response', 'show-awaiting', 'CmdOrCtrl+2'],
    ['Numbers', 'show-numbers', 'CmdOrCtrl+3'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'CmdOrCtrl+Y'],
    ['Find…', 'find', 'CmdOrCtrl+F'],
    ['Delete', 'delete-selection', 'Delete'],
    ['Show/hide filters', 'toggle-filters', undefined],
    ['Keyboard shortcuts', 'show-shortcuts', 'F1'],
    ['About Scrutiny Tracker', 'about', undefined],
  ] as const)('"%s" sends %s with accelerator %s', (label, command, accelerator) => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ send, isPackaged: true, platform: 'win32' }));
    const item = find(items, label);
    expect(item.accelerator).toBe(accelerator);
    item.click?.();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('also redoes on Ctrl+Shift+Z through a hidden item', () => {
    const { items, sent } = build('win32');
    const hidden = items.find((i) => i.accelerator === 'Ctrl+Shift+Z');
    expect(hidden?.visible).toBe(false);
    hidden?.click?.();
    expect(sent).toEqual(['redo']);
  });

  it('shows Delete without registering it, so text fields keep the key', () => {
    const item = find(build().items, 'Delete');
    expect(item.registerAccelerator).toBe(false);
  });

  it('uses Electron roles for clipboard, zoom, full screen and quit', () => {
    const roles = build('win32').items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']),
    );
    // Undo and Redo belong to the app's own history, not Chromium's.
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('offers reload and developer tools only in development, on F12 rather than Ctrl+Shift+I', () => {
    expect(build('win32', true).items.map((i) => i.role)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(build('win32', true).items.map((i) => i.role)).not.toContain('reload');
    const dev = build('win32', false).items;
    expect(dev.find((i) => i.role === 'toggleDevTools')?.accelerator).toBe('F12');
    expect(dev.some((i) => i.role === 'reload')).toBe(true);
  });

  it.each(['win32', 'linux', 'darwin'])('claims no registered key twice on %s (development build)', (platform) => {
    const { items } = build(platform, false);
    const keys = items.filter((i) => i.accelerator && i.registerAccelerator !== false).map((i) => i.accelerator!.replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl'));
    expect(keys.length).toBeGreaterThan(8);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follows macOS conventions: app menu first, Quit there, Window menu, Cmd+Shift+Z for Redo, no mnemonics', () => {
    const { template, items } = build('darwin');
    expect(template[0]?.role).toBe('appMenu');
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true);
    expect(items.some((i) => i.role === 'quit')).toBe(false);
    expect(find(items, 'Redo').accelerator).toBe('Cmd+Shift+Z');
    expect(template.filter((m) => m.label).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('lists in MENU_ACCELERATORS only commands that exist', () => {
    for (const command of Object.keys(MENU_ACCELERATORS)) expect(isMenuCommand(command)).toBe(true);
  });
});
