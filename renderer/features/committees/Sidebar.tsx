// The committees, and the meetings of the chosen one: where the officer is in the tracker.
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDate } from '../../../shared/index';
import { getDb } from '../../db/index';
import { useUi } from '../../state/ui';
import { useCommitteeCounts } from '../tracker/useTrackerRows';

export function Sidebar() {
  const filter = useUi((s) => s.filter);
  const setFilter = useUi((s) => s.setFilter);
  const select = useUi((s) => s.select);
  const openDialog = useUi((s) => s.openDialog);
  const committees = useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
  // From the prepared search index, not counted in IndexedDB (see useCommitteeCounts).
  const counts = useCommitteeCounts();
  const binCount = useLiveQuery(() => getDb().bin.count(), []);
  const meetings = useLiveQuery(
    async () => (filter.committeeId ? (await getDb().meetings.where('committeeId').equals(filter.committeeId).sortBy('date')).reverse() : []),
    [filter.committeeId],
  );

  function chooseCommittee(id: string | undefined) {
    setFilter({ committeeId: id, from: undefined, to: undefined });
    select(id ? { kind: 'committee', id } : null);
  }

  return (
    <nav className="sidebar" aria-label="Committees and meetings">
      <h2 className="sidebar-title">Committees</h2>
      <ul className="nav-list">
        <li>
          <button type="button" className="nav-button" aria-current={!filter.committeeId ? 'true' : undefined} onClick={() => chooseCommittee(undefined)}>
            All committees
          </button>
        </li>
        {committees?.map((c) => (
          <li key={c.id}>
            <button type="button" className="nav-button" aria-current={filter.committeeId === c.id ? 'true' : undefined} onClick={() => chooseCommittee(c.id)}>
              <span>{c.name}</span> <span className="nav-count">{counts ? (counts.get(c.id) ?? 0).toLocaleString('en-GB') : ''}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={() => openDialog('new-committee')}>
        Add committee
      </button>{' '}
      <button type="button" className="button button-small button-quiet" onClick={() => openDialog('bin')}>
        Bin{binCount ? ` (${binCount.toLocaleString('en-GB')})` : ''}
      </button>
      {filter.committeeId && (
        <>
          <h2 className="sidebar-title">Meetings</h2>
          {meetings && meetings.length === 0 && <p className="sidebar-empty">No meetings yet.</p>}
          <ul className="nav-list">
            {meetings?.map((m) => {
              const current = filter.from === m.date && filter.to === m.date;
              return (
                <li key={m.id}>
                  <button
                    type="button"
                    className="nav-button"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => {
                      if (current) setFilter({ from: undefined, to: undefined });
                      else setFilter({ from: m.date, to: m.date });
                      select({ kind: 'meeting', id: m.id });
                    }}
                  >
                    {formatLongDate(m.date)}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button-small" onClick={() => openDialog('new-meeting')}>
            Add meeting
          </button>
        </>
      )}
    </nav>
  );
}
