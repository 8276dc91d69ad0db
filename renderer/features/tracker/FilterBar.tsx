// Search and filters above the table, kept to one line so the table has the room: search, order, a
// Filters button that folds the rest away, the columns to show, and the active filters as chips
// that each remove their own filter.
import { useEffect, useRef, useState } from 'react';
import { ADDRESSEE_LABELS, STATUS_LABELS, formatLongDate, outcomeLabel, type Addressee, type ImplementationStatus, type Outcome } from '../../../shared/index';
import { SORTS, type RecommendationFilter, type SearchProgress, type SortOrder } from '../../db/index';
import { useUi } from '../../state/ui';
import { DateField } from '../../ui/DateField';
import { ADDRESSEE_OPTIONS, OUTCOME_OPTIONS, STATUS_OPTIONS, withAny } from '../../ui/options';
import { SelectField } from '../../ui/fields';
import { COLUMN_IDS, COLUMNS, setColumnShown, useColumns } from './columns';

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

interface Chip {
  label: string;
  clear: Partial<RecommendationFilter>;
}

/** The filters in force (other than the committee, chosen in the sidebar, and the search, in its box), in words. */
export function activeFilterChips(filter: RecommendationFilter): Chip[] {
  const chips: Chip[] = [];
  if (filter.from) chips.push({ label: `Meetings from ${formatLongDate(filter.from)}`, clear: { from: undefined } });
  if (filter.to) chips.push({ label: `Meetings to ${formatLongDate(filter.to)}`, clear: { to: undefined } });
  if (filter.outcomes?.length) chips.push({ label: `Response: ${filter.outcomes.map((o) => outcomeLabel(o)).join(', ')}`, clear: { outcomes: undefined } });
  if (filter.statuses?.length) chips.push({ label: `Status: ${filter.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`, clear: { statuses: undefined } });
  if (filter.addressees?.length) chips.push({ label: `Addressed to: ${filter.addressees.map((a) => ADDRESSEE_LABELS[a]).join(', ')}`, clear: { addressees: undefined } });
  return chips;
}

function ColumnsChooser() {
  const columns = useColumns();
  const [open, setOpen] = useState(false);
  return (
    <div className="menu-wrap">
      <button type="button" className="button button-small" aria-expanded={open} aria-controls="columns-chooser" onClick={() => setOpen((o) => !o)}>
        Columns <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <fieldset
          id="columns-chooser"
          className="menu columns-chooser"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <legend>Columns to show</legend>
          {COLUMN_IDS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={columns.includes(c)} onChange={(e) => void setColumnShown(c, e.target.checked)} /> {COLUMNS[c].label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

export function FilterBar({ count, progress }: { count: number | undefined; progress: SearchProgress | null }) {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const showFilters = useUi((s) => s.showFilters);
  const setFilter = useUi((s) => s.setFilter);
  const clearFilters = useUi((s) => s.clearFilters);
  const toggleFilters = useUi((s) => s.toggleFilters);
  const setSort = useUi((s) => s.setSort);
  const focusTick = useUi((s) => s.focusSearchTick);
  const searchRef = useRef<HTMLInputElement>(null);
  const text = filter.text ?? '';
  const chips = activeFilterChips(filter);

  useEffect(() => {
    if (focusTick > 0) searchRef.current?.focus();
  }, [focusTick]);
  // Every keystroke searches at once: the prepared search index answers in a few milliseconds even
  // at 50,000 recommendations, so there is no typing pause to wait out.
  const search = (value: string) => setFilter({ text: value });

  return (
    <section className="filter-bar" aria-label="Search and filters">
      <div className="filter-row">
        <div className="field field-inline field-search">
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
        <button type="button" className="button button-small" aria-expanded={showFilters} aria-controls="filter-panel" onClick={toggleFilters}>
          Filters{chips.length ? ` (${chips.length})` : ''} <span aria-hidden="true">{showFilters ? '▴' : '▾'}</span>
        </button>
        <SelectField className="select-small" label="Order" value={sort} onChange={(e) => setSort(e.target.value as SortOrder)} options={SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} inline />
        <ColumnsChooser />
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
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Filters in force">
          {chips.map((chip) => (
            <li key={chip.label}>
              <button type="button" className="chip" onClick={() => setFilter(chip.clear)} aria-label={`Remove filter: ${chip.label}`}>
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={clearFilters}>
              Clear all filters
            </button>
          </li>
        </ul>
      )}
      {showFilters && (
        <div className="filter-row filter-panel" id="filter-panel">
          <DateField id="filter-from" label="Meetings from" value={filter.from ?? ''} onChange={(from) => from !== null && setFilter({ from: from || undefined })} />
          <DateField id="filter-to" label="Meetings to" value={filter.to ?? ''} onChange={(to) => to !== null && setFilter({ to: to || undefined })} />
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
        </div>
      )}
    </section>
  );
}
