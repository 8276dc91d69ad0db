// The commands the native menu (Electron) and the keyboard shortcuts (web mode) ask the UI to run.
// One list for both, so a shortcut works the same in either home.

export const MENU_COMMANDS = [
  'new-recommendation',
  'new-item',
  'new-meeting',
  'new-committee',
  'open-example',
  'import-interchange',
  'import-minutes',
  'export-appendix',
  'export-view-csv',
  'export-view-xlsx',
  'export-interchange',
  'save-backup',
  'restore-backup',
  'backup-settings',
  'find',
  'undo',
  'redo',
  'delete-selection',
  'toggle-filters',
  'show-tracker',
  'show-awaiting',
  'show-numbers',
  'chasing-settings',
  'show-bin',
  'show-shortcuts',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
