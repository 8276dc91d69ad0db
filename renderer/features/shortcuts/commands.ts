// Runs a command from the native menu (Electron) or a keyboard shortcut (web mode): one place, so
// both homes behave the same.
import type { MenuCommand } from '../../../shared/index';
import { useUi } from '../../state/ui';
import { deleteRecord, redo, undo } from '../actions';
import { saveBackupFile } from '../backup/backupActions';
import { exportInterchange, exportView } from '../dataExchange/exportActions';
import { openExampleTracker } from '../example/openExample';

/** True when the keyboard focus is in something that edits text, where the browser's own undo applies. */
export function isEditingText(element: Element | null = document.activeElement): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

export function runCommand(command: MenuCommand): void {
  const ui = useUi.getState();
  switch (command) {
    case 'new-recommendation':
    case 'new-item':
    case 'new-meeting':
    case 'new-committee':
      ui.openDialog(command);
      return;
    case 'import-interchange':
      ui.openDialog('import');
      return;
    case 'import-minutes':
      ui.openDialog('import-minutes');
      return;
    case 'open-example':
      void openExampleTracker();
      return;
    case 'find':
      ui.focusSearch();
      return;
    case 'undo':
      // In a text field, Ctrl+Z undoes typing; elsewhere it undoes the officer's last change.
      if (isEditingText()) document.execCommand('undo');
      else void undo();
      return;
    case 'redo':
      if (isEditingText()) document.execCommand('redo');
      else void redo();
      return;
    case 'delete-selection':
      if (ui.selection && !isEditingText()) void deleteRecord(ui.selection);
      return;
    case 'toggle-filters':
      ui.toggleFilters();
      return;
    case 'show-shortcuts':
      ui.openDialog('shortcuts');
      return;
    case 'about':
      ui.openDialog('about');
      return;
    case 'export-appendix':
      ui.openDialog('export');
      return;
    case 'export-view-csv':
      void exportView('csv');
      return;
    case 'export-view-xlsx':
      void exportView('xlsx');
      return;
    case 'export-interchange':
      void exportInterchange();
      return;
    case 'save-backup':
      void saveBackupFile();
      return;
    case 'restore-backup':
      ui.openDialog('restore-backup');
      return;
    case 'backup-settings':
      ui.openDialog('backup-settings');
      return;
    case 'show-tracker':
      ui.setView('tracker');
      return;
    case 'show-awaiting':
      ui.setView('awaiting');
      return;
    case 'show-numbers':
      ui.setView('numbers');
      return;
    case 'show-bin':
      ui.openDialog('bin');
      return;
    case 'chasing-settings':
      ui.openDialog('chasing-settings');
      return;
  }
}
