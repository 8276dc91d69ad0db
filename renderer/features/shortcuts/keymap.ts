// The keyboard shortcuts, for the browser (in Electron the native menu owns them) and for the help
// dialog. Browsers keep some Ctrl keys for themselves (Ctrl+N opens a window), so single keys that
// work whenever the officer is not typing are offered as well.
import type { MenuCommand } from '../../../shared/index';
import { isEditingText } from './commands';

export interface Shortcut {
  keys: string;
  command: MenuCommand;
  description: string;
  /** Only when the focus is not in a text field. */
  outsideText?: boolean;
  matches(e: KeyboardEvent): boolean;
}

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
// A digit typed in a list box picks an option ("2024/25"), so the single-digit keys leave it alone.
const digitOutsideSelect = (e: KeyboardEvent, d: string) => !ctrl(e) && !e.altKey && e.key === d && !(e.target instanceof HTMLSelectElement);

export const SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+N, or N', command: 'new-recommendation', description: 'New recommendation', matches: (e) => ctrl(e) && !e.shiftKey && key(e, 'n') },
  { keys: 'N', command: 'new-recommendation', description: '', outsideText: true, matches: (e) => !ctrl(e) && !e.altKey && !e.shiftKey && key(e, 'n') },
  { keys: 'Ctrl+Shift+I', command: 'new-item', description: 'New agenda item', matches: (e) => ctrl(e) && e.shiftKey && key(e, 'i') },
  { keys: 'Ctrl+Shift+M', command: 'new-meeting', description: 'New meeting', matches: (e) => ctrl(e) && e.shiftKey && key(e, 'm') },
  { keys: 'Ctrl+Shift+K', command: 'new-committee', description: 'New committee', matches: (e) => ctrl(e) && e.shiftKey && key(e, 'k') },
  { keys: 'Ctrl+Shift+O', command: 'import-minutes', description: 'Import minutes', matches: (e) => ctrl(e) && e.shiftKey && key(e, 'o') },
  { keys: 'Ctrl+O', command: 'import-interchange', description: 'Import a tracker file', matches: (e) => ctrl(e) && !e.shiftKey && key(e, 'o') },
  { keys: 'Ctrl+E', command: 'export-appendix', description: 'Export to Word', matches: (e) => ctrl(e) && !e.shiftKey && key(e, 'e') },
  { keys: 'Ctrl+Shift+S', command: 'save-backup', description: 'Save a backup of the whole tracker', matches: (e) => ctrl(e) && e.shiftKey && key(e, 's') },
  { keys: 'Ctrl+F, or /', command: 'find', description: 'Search the tracker', matches: (e) => ctrl(e) && !e.shiftKey && key(e, 'f') },
  { keys: '/', command: 'find', description: '', outsideText: true, matches: (e) => !ctrl(e) && e.key === '/' },
  { keys: 'Ctrl+Z', command: 'undo', description: 'Undo (typing, or the last change)', matches: (e) => ctrl(e) && !e.shiftKey && key(e, 'z') },
  { keys: 'Ctrl+Y or Ctrl+Shift+Z', command: 'redo', description: 'Redo', matches: (e) => ctrl(e) && (key(e, 'y') || (e.shiftKey && key(e, 'z'))) },
  { keys: 'Delete', command: 'delete-selection', description: 'Delete the selected record (undo brings it back)', outsideText: true, matches: (e) => e.key === 'Delete' },
  // Browsers keep Ctrl+1 to Ctrl+3 for their own tabs, so 1, 2 and 3 work too when not typing.
  { keys: 'Ctrl+1, or 1', command: 'show-tracker', description: 'Show the tracker', matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key === '1' },
  { keys: '1', command: 'show-tracker', description: '', outsideText: true, matches: (e) => digitOutsideSelect(e, '1') },
  { keys: 'Ctrl+2, or 2', command: 'show-awaiting', description: 'Show the responses awaited', matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key === '2' },
  { keys: '2', command: 'show-awaiting', description: '', outsideText: true, matches: (e) => digitOutsideSelect(e, '2') },
  { keys: 'Ctrl+3, or 3', command: 'show-numbers', description: 'Show the numbers', matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.key === '3' },
  { keys: '3', command: 'show-numbers', description: '', outsideText: true, matches: (e) => digitOutsideSelect(e, '3') },
  { keys: 'F1, or ?', command: 'show-shortcuts', description: 'Show these shortcuts', matches: (e) => e.key === 'F1' },
  { keys: '?', command: 'show-shortcuts', description: '', outsideText: true, matches: (e) => e.key === '?' },
];

/** The command a key press asks for, or null. Undo/redo in a text field stay with the browser. */
export function commandForKey(e: KeyboardEvent): MenuCommand | null {
  const typing = isEditingText(e.target instanceof Element ? e.target : null);
  for (const s of SHORTCUTS) {
    if (!s.matches(e)) continue;
    if (s.outsideText && typing) continue;
    if (typing && (s.command === 'undo' || s.command === 'redo')) return null;
    return s.command;
  }
  return null;
}
