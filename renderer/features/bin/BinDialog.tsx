// The bin: what was deleted and when, each restorable whole until the bin is emptied for good.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { format, parseISO } from 'date-fns';
import { describeError, emptyBin, getDb, listBin, restoreFromBin } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';

export function BinDialog() {
  const close = useUi((s) => s.closeDialog);
  const notify = useUi((s) => s.notify);
  const entries = useLiveQuery(() => listBin(getDb()), []);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function restore(id: string, summary: string) {
    setProblem(null);
    try {
      await restoreFromBin(getDb(), id);
      notify(`${summary} restored.`);
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  async function empty() {
    try {
      const n = await emptyBin(getDb());
      setConfirming(false);
      notify(`The bin was emptied: ${n} deletion${n === 1 ? '' : 's'} removed for good.`);
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <Dialog title="Bin" onClose={close}>
      <p>Deleted committees, meetings, agenda items and recommendations stay here, whole, until you empty the bin.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {entries && entries.length === 0 && <p className="muted">The bin is empty.</p>}
      {entries && entries.length > 0 && (
        <>
          <ul className="bin-list" aria-label="Deleted records">
            {entries.map((e) => (
              <li key={e.id}>
                <span>
                  <strong>{e.summary}</strong>
                  <br />
                  <span className="muted">
                    Deleted {format(parseISO(e.deletedAt), "d MMMM yyyy, HH:mm")}
                    {e.recommendations.length > 0 ? ` · ${e.recommendations.length} recommendation${e.recommendations.length === 1 ? '' : 's'}` : ''}
                  </span>
                </span>
                <button type="button" className="button button-small" onClick={() => void restore(e.id, e.summary)} aria-label={`Restore ${e.summary}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div role="group" aria-label="Empty the bin">
              <p>Everything in the bin will be gone for good, with its history. This cannot be undone.</p>
              <button type="button" className="button button-danger" onClick={() => void empty()}>
                Yes, empty the bin
              </button>{' '}
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
              Empty the bin…
            </button>
          )}
        </>
      )}
    </Dialog>
  );
}
