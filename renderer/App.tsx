// The window: top bar, committees on the left, the tracker in the middle, the editor on the right.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from './db/index';
import { BinDialog } from './features/bin/BinDialog';
import { ConfirmDeleteDialog } from './features/bin/ConfirmDeleteDialog';
import { useUi } from './state/ui';
import { platform } from './platform/index';
import { AwaitingBoard } from './features/chasing/AwaitingBoard';
import { StartupSummary } from './features/chasing/StartupSummary';
import { BackupReminder } from './features/backup/BackupReminder';
import { RestoreDialog } from './features/backup/RestoreDialog';
import { StorageDialog } from './features/backup/StorageDialog';
import { Sidebar } from './features/committees/Sidebar';
import { NewRecommendationDialog } from './features/create/NewRecommendationDialog';
import { NewCommitteeDialog, NewItemDialog, NewMeetingDialog } from './features/create/SimpleDialogs';
import { DetailPane } from './features/editor/DetailPane';
import { ExportDataDialog } from './features/dataExchange/ExportDataDialog';
import { ImportTrackerDialog } from './features/dataExchange/ImportTrackerDialog';
import { ExportDialog } from './features/exporting/ExportDialog';
import { useFileDrop } from './features/importing/useFileDrop';
import { ImportFormsDialog } from './features/forms/ImportFormsDialog';
import { MinutesImport } from './features/minutes/MinutesImport';
import { NumbersView } from './features/numbers/NumbersView';
import { ChasingSettingsDialog } from './features/settings/ChasingSettingsDialog';
import { Toasts } from './features/layout/Toasts';
import { TopBar } from './features/layout/TopBar';
import { AboutDialog, ShortcutsDialog } from './features/shortcuts/ShortcutsDialog';
import { runCommand } from './features/shortcuts/commands';
import { commandForKey } from './features/shortcuts/keymap';
import { TrackerView } from './features/tracker/TrackerView';
import { Welcome } from './features/welcome/Welcome';

function Dialogs() {
  const dialog = useUi((s) => s.dialog);
  switch (dialog) {
    case 'new-committee':
      return <NewCommitteeDialog />;
    case 'new-meeting':
      return <NewMeetingDialog />;
    case 'new-item':
      return <NewItemDialog />;
    case 'new-recommendation':
      return <NewRecommendationDialog />;
    case 'import':
      return <ImportTrackerDialog />;
    case 'export':
      return <ExportDialog />;
    case 'export-data':
      return <ExportDataDialog />;
    case 'import-minutes':
      return <MinutesImport />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'about':
      return <AboutDialog />;
    case 'chasing-settings':
      return <ChasingSettingsDialog />;
    case 'bin':
      return <BinDialog />;
    case 'confirm-delete':
      return <ConfirmDeleteDialog />;
    case 'restore-backup':
      return <RestoreDialog />;
    case 'backup-settings':
      return <StorageDialog />;
    case 'import-forms':
      return <ImportFormsDialog />;
    default:
      return null;
  }
}

function useCommands() {
  useEffect(() => platform.onMenuCommand(runCommand), []);
  useEffect(() => {
    // In Electron the native menu owns the Ctrl and function-key shortcuts (binding them here too
    // would run them twice); the single keys used outside text fields (N, /, ?, Delete) are ours.
    const menuOwns = (e: KeyboardEvent) => platform.kind === 'electron' && (e.ctrlKey || e.metaKey || /^F\d+$/.test(e.key));
    function onKey(e: KeyboardEvent) {
      if (useUi.getState().dialog || menuOwns(e)) return;
      const command = commandForKey(e);
      if (command) {
        e.preventDefault();
        runCommand(command);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  useCommands();
  useFileDrop();
  const committeeCount = useLiveQuery(() => getDb().committees.count(), []);
  const view = useUi((s) => s.view);
  const empty = committeeCount === 0;
  const selection = useUi((s) => s.selection);
  const showDetail = view === 'tracker' && !empty && selection !== null;

  return (
    <div className={showDetail ? 'app app-with-detail' : 'app'}>
      <TopBar committeeCount={committeeCount} />
      <div className="workspace">
        <Sidebar />
        <main className="main" id="main">
          <StartupSummary />
          <BackupReminder />
          {committeeCount === undefined ? null : empty ? (
            <Welcome />
          ) : view === 'awaiting' ? (
            <AwaitingBoard />
          ) : view === 'numbers' ? (
            <NumbersView />
          ) : (
            <TrackerView />
          )}
        </main>
        {/* The editor only where it has work: on the tracker, with something selected. */}
        {showDetail && <DetailPane />}
      </div>
      <Toasts />
      <Dialogs />
    </div>
  );
}
