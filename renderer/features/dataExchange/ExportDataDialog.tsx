// "Export data": the table's current view to CSV or Excel, or the whole tracker to the interchange
// JSON, with a line saying what the view holds so the officer knows what they will get.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb, queryRecommendationIds } from '../../db/index';
import { useUi } from '../../state/ui';
import { Dialog } from '../../ui/Dialog';
import { exportInterchange, exportView } from './exportActions';

export function ExportDataDialog() {
  const close = useUi((s) => s.closeDialog);
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const [busy, setBusy] = useState(false);
  const inView = useLiveQuery(async () => (await queryRecommendationIds(getDb(), filter, sort)).length, [filter, sort]);
  const filtered = Object.keys(filter).some((k) => k !== 'committeeId');

  async function run(job: () => Promise<boolean>) {
    setBusy(true);
    try {
      if (await job()) close();
    } finally {
      setBusy(false);
    }
  }

  const none = inView === 0;
  return (
    <Dialog title="Export data" onClose={close}>
      <p role="status">
        {inView === undefined
          ? 'Counting the recommendations in the view…'
          : `The view holds ${inView} recommendation${inView === 1 ? '' : 's'}${filtered ? ', as filtered' : ''}, in the table's order.`}
      </p>
      <p className="muted">
        Spreadsheet exports have one row per recommendation. A cell that starts like a formula (=, +, - or @) gets an apostrophe in front, so
        the spreadsheet shows it as text and never runs it.
      </p>
      <div className="export-data-actions">
        <button type="button" className="button" disabled={busy || none || inView === undefined} onClick={() => void run(() => exportView('csv'))}>
          Export the view to CSV…
        </button>
        <button type="button" className="button" disabled={busy || none || inView === undefined} onClick={() => void run(() => exportView('xlsx'))}>
          Export the view to Excel (.xlsx)…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(exportInterchange)}>
          Export the whole tracker (interchange JSON)…
        </button>
      </div>
    </Dialog>
  );
}
