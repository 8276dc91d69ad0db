// The top bar, grouped as a desktop app's: New ▾, Import ▾, Export ▾, Backups, with each command's
// shortcut beside it; a command that cannot run yet says why instead of being a blank grey button.
import type { MenuCommand } from '../../../shared/index';
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';
import { ViewTabs } from '../chasing/ViewTabs';
import { runCommand } from '../shortcuts/commands';
import { SHORTCUTS } from '../shortcuts/keymap';
import { useUi } from '../../state/ui';

/** The first shortcut the help lists for a command ("Ctrl+Shift+M"), without its single-key twin. */
function shortcutOf(command: MenuCommand): string | undefined {
  return SHORTCUTS.find((s) => s.command === command && s.description)?.keys.replace(/, or .*$/, '');
}

const entry = (label: string, command: MenuCommand, disabledReason?: string | null): MenuEntry => ({
  label,
  shortcut: shortcutOf(command),
  run: () => runCommand(command),
  disabledReason,
});

export function TopBar({ committeeCount }: { committeeCount: number | undefined }) {
  const openDialog = useUi((s) => s.openDialog);
  const loading = committeeCount === undefined;
  const empty = committeeCount === 0;
  const noCommittee = loading ? 'Loading the tracker…' : empty ? 'Add a committee first' : null;
  const nothingToExport = loading ? 'Loading the tracker…' : empty ? 'The tracker is empty' : null;

  return (
    <header className="topbar">
      <h1 className="app-title">Scrutiny Tracker</h1>
      <ViewTabs disabled={loading || empty} />
      <nav className="topbar-actions" aria-label="Commands">
        <MenuButton
          label="New"
          primary
          entries={[
            entry('Recommendation…', 'new-recommendation', loading ? 'Loading the tracker…' : null),
            entry('Meeting…', 'new-meeting', noCommittee),
            entry('Agenda item…', 'new-item', noCommittee),
            entry('Committee…', 'new-committee'),
          ]}
        />
        <MenuButton
          label="Import"
          entries={[entry('Minutes…', 'import-minutes'), entry('A tracker file or spreadsheet…', 'import-interchange'), entry('Restore from a backup…', 'restore-backup')]}
        />
        <MenuButton
          label="Export"
          entries={[
            entry('To Word…', 'export-appendix', nothingToExport),
            { label: 'Data (CSV, Excel, JSON)…', run: () => openDialog('export-data'), disabledReason: nothingToExport },
          ]}
        />
        <button type="button" className="button" onClick={() => openDialog('backup-settings')}>
          Backups…
        </button>
        <button type="button" className="button button-quiet" onClick={() => openDialog('shortcuts')} aria-label="Keyboard shortcuts">
          Shortcuts
        </button>
      </nav>
    </header>
  );
}
