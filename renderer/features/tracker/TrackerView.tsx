// The middle of the window: search and filters over the table, sharing one query of matching ids.
import { useUi } from '../../state/ui';
import { FilterBar } from './FilterBar';
import { TrackerTable } from './TrackerTable';
import { useMatchingIds } from './useTrackerRows';

export function TrackerView() {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const ids = useMatchingIds(filter, sort);
  return (
    <>
      <FilterBar count={ids?.length} />
      <TrackerTable ids={ids} />
    </>
  );
}
