// The native menu as a plain template: items that belong to the app send a MenuCommand to the
// renderer through `send`; text editing, zoom and window items use Electron's built-in roles.
import type { MenuCommand } from '../shared/ipc/menuCommands';

/** The Electron roles this menu uses (a subset of MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'appMenu'
  | 'windowMenu'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'quit';

/** Structurally a MenuItemConstructorOptions, so main can pass it to Menu.buildFromTemplate. */
export interface MenuTemplateItem {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  /** False shows the shortcut beside the item without the menu catching the key (see Delete). */
  registerAccelerator?: boolean;
  visible?: boolean;
  acceleratorWorksWhenHidden?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export interface MenuOptions {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  /** process.platform: macOS keeps Quit in the app menu and has no Alt-key mnemonics. */
  platform: string;
}

/**
 * The accelerator of each command the menu owns. The renderer binds the same keys itself in web
 * mode (and the Keyboard shortcuts help can list them); Electron's "CmdOrCtrl" is Ctrl outside macOS.
 */
export const MENU_ACCELERATORS = {
  'new-recommendation': 'CmdOrCtrl+N',
  'new-item': 'CmdOrCtrl+Shift+I',
  'new-meeting': 'CmdOrCtrl+Shift+M',
  'new-committee': 'CmdOrCtrl+Shift+K',
  'import-interchange': 'CmdOrCtrl+O',
  'import-minutes': 'CmdOrCtrl+Shift+O',
  'export-appendix': 'CmdOrCtrl+E',
  'save-backup': 'CmdOrCtrl+Shift+S',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Y',
  find: 'CmdOrCtrl+F',
  'delete-selection': 'Delete',
  'show-shortcuts': 'F1',
  'show-tracker': 'CmdOrCtrl+1',
  'show-awaiting': 'CmdOrCtrl+2',
  'show-numbers': 'CmdOrCtrl+3',
} as const satisfies Partial<Record<MenuCommand, string>>;

export function buildMenuTemplate(options: MenuOptions): MenuTemplateItem[] {
  const mac = options.platform === 'darwin';
  // "&File" lets keyboard users open the menu with Alt+F on Windows and Linux; macOS shows the & literally.
  const top = (label: string) => (mac ? label : `&${label}`);
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuTemplateItem => ({
    id: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(cmd),
  });
  const separator: MenuTemplateItem = { type: 'separator' };

  const file: MenuTemplateItem = {
    label: top('File'),
    submenu: [
      command('New recommendation', 'new-recommendation', MENU_ACCELERATORS['new-recommendation']),
      command('New agenda item', 'new-item', MENU_ACCELERATORS['new-item']),
      command('New meeting', 'new-meeting', MENU_ACCELERATORS['new-meeting']),
      command('New committee', 'new-committee', MENU_ACCELERATORS['new-committee']),
      separator,
      command('Open example tracker', 'open-example'),
      command('Import minutes…', 'import-minutes', MENU_ACCELERATORS['import-minutes']),
      command('Import tracker file…', 'import-interchange', MENU_ACCELERATORS['import-interchange']),
      command('Export appendix…', 'export-appendix', MENU_ACCELERATORS['export-appendix']),
      command('Export the view to CSV…', 'export-view-csv'),
      command('Export the view to Excel (.xlsx)…', 'export-view-xlsx'),
      command('Export the whole tracker (interchange JSON)…', 'export-interchange'),
      separator,
      command('Save a backup…', 'save-backup', MENU_ACCELERATORS['save-backup']),
      command('Restore from a backup…', 'restore-backup'),
      command('Storage and backups…', 'backup-settings'),
      command('Bin…', 'show-bin'),
      separator,
      command('Chasing settings…', 'chasing-settings'),
      ...(mac ? [] : [separator, { role: 'quit' } satisfies MenuTemplateItem]),
    ],
  };

  const edit: MenuTemplateItem = {
    label: top('Edit'),
    submenu: [
      // The app keeps its own undo history of tracker changes, so Undo and Redo go to the renderer
      // rather than to Chromium's text-editing roles.
      command('Undo', 'undo', MENU_ACCELERATORS.undo),
      command('Redo', 'redo', mac ? 'Cmd+Shift+Z' : MENU_ACCELERATORS.redo),
      // The other usual Redo key, hidden so the menu lists one; hidden items' keys still work.
      { ...command('Redo', 'redo', mac ? 'Cmd+Y' : 'Ctrl+Shift+Z'), id: 'redo-alternative', visible: false, acceleratorWorksWhenHidden: true },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll', label: 'Select all' },
      separator,
      command('Find…', 'find', MENU_ACCELERATORS.find),
      // Shown but not registered: a registered Delete would swallow the key in every text field.
      // The renderer binds Delete itself (outside text fields) in both homes.
      { ...command('Delete', 'delete-selection', MENU_ACCELERATORS['delete-selection']), registerAccelerator: false },
    ],
  };

  const view: MenuTemplateItem = {
    label: top('View'),
    submenu: [
      command('Tracker', 'show-tracker', MENU_ACCELERATORS['show-tracker']),
      command('Awaiting response', 'show-awaiting', MENU_ACCELERATORS['show-awaiting']),
      command('Numbers', 'show-numbers', MENU_ACCELERATORS['show-numbers']),
      separator,
      command('Show/hide filters', 'toggle-filters'),
      separator,
      // Developer tools move to F12: their default, Ctrl+Shift+I, is New agenda item here.
      ...(options.isPackaged
        ? []
        : ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools', accelerator: 'F12' }, separator] satisfies MenuTemplateItem[])),
      { role: 'resetZoom', label: 'Actual size' },
      { role: 'zoomIn', label: 'Zoom in' },
      { role: 'zoomOut', label: 'Zoom out' },
      separator,
      { role: 'togglefullscreen', label: 'Full screen' },
    ],
  };

  const help: MenuTemplateItem = {
    label: top('Help'),
    submenu: [
      command('Keyboard shortcuts', 'show-shortcuts', MENU_ACCELERATORS['show-shortcuts']),
      separator,
      command('About Scrutiny Tracker', 'about'),
    ],
  };

  return mac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
