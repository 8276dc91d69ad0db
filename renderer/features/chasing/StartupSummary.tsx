// Once a day, on start: what became overdue since the last summary, as a banner in the app and, in Electron, a desktop notification too.
import { useEffect, useRef, useState } from 'react';
import { getDb, getLastSummaryDate, setLastSummaryDate } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { overdueSummary, type OverdueSummary } from './summary';
import { useBoardData } from './useBoard';
import './chasing.css';

export function StartupSummary() {
  const data = useBoardData();
  const [summary, setSummary] = useState<OverdueSummary | null>(null);
  const decided = useRef(false);
  const view = useUi((s) => s.view);

  // Once the officer is looking at the board, the banner has said its piece.
  useEffect(() => {
    if (view === 'awaiting') setSummary(null);
  }, [view]);

  useEffect(() => {
    if (!data || decided.current) return;
    // Decided once, with the tracker as it was at start: opening the example later says nothing.
    decided.current = true;
    void (async () => {
      try {
        const db = getDb();
        // An empty tracker has nothing to summarise; the first start with recommendations is "the first time".
        if ((await db.committees.count()) === 0) return;
        const last = await getLastSummaryDate(db);
        if (last === data.today) return;
        const found = overdueSummary(data.board, last);
        await setLastSummaryDate(db, data.today);
        if (!found) return;
        setSummary(found);
        void platform.notify(found.title, found.body);
      } catch {
        // A summary that cannot be worked out is simply not shown; the board still says it all.
      }
    })();
  }, [data]);

  if (!summary) return null;
  return (
    <section className="summary-banner" aria-label="Overdue responses">
      <p>
        <strong>{summary.body}</strong>
      </p>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => useUi.getState().setView('awaiting')}
      >
        Show the board
      </button>
      <button type="button" className="button button-small" onClick={() => setSummary(null)}>
        Dismiss
      </button>
    </section>
  );
}
