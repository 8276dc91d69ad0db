// Search and filters above the table: free text, meeting dates, response, status, addressee, order.
import { useEffect, useRef } from 'react';
import type { Addressee, ImplementationStatus, Outcome } from '../../../shared/index';
import { SORTS, type SearchProgress, type SortOrder } from '../../db/index';
import { useUi } from '../../state/ui';
import { ADDRESSEE_OPTIONS, OUTCOME_OPTIONS, STATUS_OPTIONS, withAny } from '../../ui/options';
import { SelectField } from '../../ui/fields';

const SORT_LABELS: Record<SortOrder, string> = {
  meeting: 'Meeting, oldest first',
  'meeting-desc': 'Meeting, newest first',
  outcome: 'Response',
  status: 'Status',
  target: 'Target date',
  updated: 'Last changed',
};

/** Shown only for a reading long enough to notice (more than one page of the index's reads). */
const SHOW_PROGRESS_FROM = 5000;

export function FilterBar({ count, progress }: { count: number | undefined; progress: SearchProgress | null }) {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const showFilters = useUi((s) => s.showFilters);
  const setFilter = useUi((s) => s.setFilter);
  const clearFilters = useUi((s) => s.clearFilters);
  const setSort = useUi((s) => s.setSort);
  const focusTick = useUi((s) => s.focusSearchTick);
  const searchRef = useRef<HTMLInputElement>(null);
  const text = filter.text ?? '';

  useEffect(() => {
    if (focusTick > 0) searchRef.current?.focus();
  }, [focusTick]);
  // Every keystroke searches at once: the prepared search index answers in a few milliseconds even
  // at 50,000 recommendations, so there is no typing pause to wait out.
  const search = (value: string) => setFilter({ text: value });

  const filtered = Object.keys(filter).some((k) => k !== 'committeeId');

  return (
    <section className="filter-bar" aria-label="Search and filters">
      <div className="filter-row">
        <div className="field field-search">
          <label htmlFor="search">Search</label>
          <input
            id="search"
            ref={searchRef}
            type="search"
            value={text}
            placeholder="Words in a recommendation or response"
            onChange={(e) => search(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                search('');
              }
            }}
          />
        </div>
        <SelectField label="Order" value={sort} onChange={(e) => setSort(e.target.value as SortOrder)} options={SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} />
        <p className="result-count" role="status" aria-live="polite">
          {count !== undefined
            ? `${count.toLocaleString('en-GB')} recommendation${count === 1 ? '' : 's'}`
            : progress && progress.total >= SHOW_PROGRESS_FROM
              ? 'Preparing the search…'
              : ''}
        </p>
        {/* The bar, not the words, moves: a screen reader hears "Preparing the search" once, not every step. */}
        {count === undefined && progress && progress.total >= SHOW_PROGRESS_FROM && (
          <progress className="search-progress" max={progress.total} value={progress.read} aria-label="Recommendations read for the search" />
        )}
      </div>
      {showFilters && (
        <div className="filter-row">
          <div className="field">
            <label htmlFor="filter-from">Meetings from</label>
            <input id="filter-from" type="date" value={filter.from ?? ''} onChange={(e) => setFilter({ from: e.target.value || undefined })} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">to</label>
            <input id="filter-to" type="date" value={filter.to ?? ''} onChange={(e) => setFilter({ to: e.target.value || undefined })} />
          </div>
          <SelectField
            label="Response"
            value={filter.outcomes?.[0] ?? '*'}
            onChange={(e) => setFilter({ outcomes: e.target.value === '*' ? undefined : [e.target.value as Outcome | ''] })}
            options={withAny(OUTCOME_OPTIONS)}
          />
          <SelectField
            label="Status"
            value={filter.statuses?.[0] ?? '*'}
            onChange={(e) => setFilter({ statuses: e.target.value === '*' ? undefined : [e.target.value as ImplementationStatus] })}
            options={withAny(STATUS_OPTIONS)}
          />
          <SelectField
            label="Addressed to"
            value={filter.addressees?.[0] ?? '*'}
            onChange={(e) => setFilter({ addressees: e.target.value === '*' ? undefined : [e.target.value as Addressee] })}
            options={withAny(ADDRESSEE_OPTIONS, 'Anyone')}
          />
          <button type="button" className="button" onClick={clearFilters} disabled={!filtered}>
            Clear filters
          </button>
        </div>
      )}
    </section>
  );
}
