// Help: the keyboard shortcuts, and about the app.
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { SHORTCUTS } from './keymap';

const TABLE_KEYS = [
  ['↑ ↓, Page Up, Page Down, Home, End', 'Move through the recommendations'],
  ['Enter', 'Edit the selected recommendation'],
  ['Escape', 'Close a dialog, or clear the search'],
  ['Ctrl+Enter', 'Add the recommendation in the New recommendation dialog'],
];

export function ShortcutsDialog() {
  const close = useUi((s) => s.closeDialog);
  return (
    <Dialog title="Keyboard shortcuts" onClose={close}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.filter((s) => s.description).map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          {TABLE_KEYS.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Single-key shortcuts (N, /, ?, 1, 2, 3, Delete) work when you are not typing in a field.</p>
    </Dialog>
  );
}

export function AboutDialog() {
  const close = useUi((s) => s.closeDialog);
  return (
    <Dialog title="About Scrutiny Tracker" onClose={close}>
      <p>Scrutiny Tracker keeps the recommendations of a council&rsquo;s overview and scrutiny committees, the executive&rsquo;s responses and their implementation.</p>
      <p>It works offline. Your tracker is kept on this computer only and the app makes no request to the internet.</p>
    </Dialog>
  );
}
