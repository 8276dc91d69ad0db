// The middle of the window: search and filters over the table, sharing one query of matching ids.
// A selected recommendation that the filters no longer show is let go, so the editor never edits
// something the table has hidden.
import { useEffect, useRef } from 'react';
import { useUi } from '../../state/ui';
import { FilterBar } from './FilterBar';
import { TrackerTable } from './TrackerTable';
import { useMatchingIds, useSearchProgress } from './useTrackerRows';

/** How long a selection may be missing from the list before it is let go: the index catches up with a new write within this. */
const GRACE_MS = 800;

export function TrackerView() {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const selection = useUi((s) => s.selection);
  const { ids, complete } = useMatchingIds(filter, sort);
  const progress = useSearchProgress();
  const latest = useRef(ids);
  latest.current = ids;

  useEffect(() => {
    if (!complete || !ids || selection?.kind !== 'recommendation' || ids.includes(selection.id)) return;
    const timer = window.setTimeout(() => {
      const now = useUi.getState().selection;
      if (now?.kind === 'recommendation' && now.id === selection.id && latest.current && !latest.current.includes(now.id)) useUi.getState().select(null);
    }, GRACE_MS);
    return () => window.clearTimeout(timer);
  }, [ids, complete, selection]);

  return (
    <>
      {/* No count for the first screenful alone: it is not the number of matches. */}
      <FilterBar count={complete ? ids?.length : undefined} progress={complete ? null : progress} />
      <TrackerTable ids={ids} />
    </>
  );
}
