// The middle of the window: search and filters over the table, sharing one query of matching ids.
import { useUi } from '../../state/ui';
import { FilterBar } from './FilterBar';
import { TrackerTable } from './TrackerTable';
import { useMatchingIds, useSearchProgress } from './useTrackerRows';

export function TrackerView() {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const { ids, complete } = useMatchingIds(filter, sort);
  const progress = useSearchProgress();
  return (
    <>
      {/* No count for the first screenful alone: it is not the number of matches. */}
      <FilterBar count={complete ? ids?.length : undefined} progress={complete ? null : progress} />
      <TrackerTable ids={ids} />
    </>
  );
}
