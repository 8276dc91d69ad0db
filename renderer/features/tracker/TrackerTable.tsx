// The tracker as one long list, grouped by meeting and agenda item as the appendix is, virtualised
// so 50,000 recommendations scroll as smoothly as 50. Arrow keys move, Enter edits, Delete deletes.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatLongDate } from '../../../shared/index';
import { useUi } from '../../state/ui';
import type { RecommendationRow } from '../../db/index';
import { useWindowRows } from './useTrackerRows';
import { RecommendationRowView } from './RecommendationRowView';
import { COLUMN_IDS, COLUMNS, gridTemplate, useColumns, type ColumnId } from './columns';

const READ_BLOCK = 32;

export function TrackerTable({ ids }: { ids: string[] | undefined }) {
  const filter = useUi((s) => s.filter);
  const sort = useUi((s) => s.sort);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const list = useMemo(() => ids ?? [], [ids]);
  const grouped = sort === 'meeting' || sort === 'meeting-desc';
  const scrollRef = useRef<HTMLDivElement>(null);
  const chosen = useColumns();
  // With the editor open beside it the table is narrower: the executive's response and the origin,
  // which the editor shows in full, give their width to the recommendation's words.
  const editorOpen = selection !== null;
  const columns = useMemo(() => (editorOpen ? chosen.filter((c) => c !== 'responseText' && c !== 'origin') : chosen), [chosen, editorOpen]);

  // The virtualizer works out every row's offset again (50,000 of them) whenever getItemKey is a new
  // function, so it changes only with the list, not on every render (scrolling re-renders often).
  const getItemKey = useCallback((index: number) => list[index] ?? index, [list]);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 60,
    overscan: 4,
    // Rows scrolled to are kept clear of the message that appears at the bottom of the window.
    scrollPaddingEnd: 72,
    getItemKey,
  });
  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? 0;
  const last = visible.at(-1)?.index ?? -1;
  // Rows are read in aligned blocks reaching a block beyond each edge (and so one row before the
  // first visible, to know whether it starts a group): scrolling then mostly shows rows already
  // read, and a new read starts only when the window crosses into another block.
  const from = Math.max(0, (Math.floor(Math.max(0, first - 1) / READ_BLOCK) - 1) * READ_BLOCK);
  const to = Math.min(list.length, (Math.floor(Math.max(0, last) / READ_BLOCK) + 2) * READ_BLOCK);
  const windowIds = useMemo(() => list.slice(from, to), [list, from, to]);
  const data = useWindowRows(windowIds);

  const activeIndex = useMemo(() => (selection?.kind === 'recommendation' ? list.indexOf(selection.id) : -1), [list, selection]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // Asked for after a new recommendation is added: the focus lands on the table, on the new row.
  const focusTick = useUi((s) => s.focusTableTick);
  useEffect(() => {
    if (focusTick > 0) scrollRef.current?.focus({ preventScroll: true });
  }, [focusTick]);

  function move(to: number) {
    if (list.length === 0) return;
    const index = Math.max(0, Math.min(list.length - 1, to));
    select({ kind: 'recommendation', id: list[index]! });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / 60));
    const handled: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex < 0 ? 0 : activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(list.length - 1),
      Enter: () => document.getElementById('editor-first-field')?.focus(),
    };
    const run = handled[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  }

  if (ids === undefined) return <p className="table-status">Loading the tracker…</p>;

  return (
    <div className="table-wrap">
      <div className="table-head" aria-hidden="true" style={{ gridTemplateColumns: gridTemplate(columns) }}>
        <span>Rec.</span>
        <span>Recommendation</span>
        {COLUMN_IDS.filter((c) => columns.includes(c)).map((c) => (
          <span key={c}>{COLUMNS[c].label}</span>
        ))}
      </div>
      {list.length === 0 ? (
        <p className="table-status" role="status">
          No recommendations match these filters.
        </p>
      ) : (
        <div
          ref={scrollRef}
          className="table-scroll"
          role="listbox"
          aria-label={`Recommendations, ${list.length.toLocaleString('en-GB')} shown`}
          aria-activedescendant={activeIndex >= 0 ? `rec-${list[activeIndex]}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {visible.map((v) => {
              const id = list[v.index]!;
              const row = data?.rows.get(id);
              const prev = v.index > 0 ? data?.rows.get(list[v.index - 1]!) : undefined;
              const startsGroup = grouped && row && (v.index === 0 || !prev || prev.itemId !== row.itemId);
              const meeting = row ? data?.meetings.get(row.meetingId) : undefined;
              const item = row ? data?.items.get(row.itemId) : undefined;
              const committee = row ? data?.committees.get(row.committeeId) : undefined;
              const newMeeting = startsGroup && (!prev || prev.meetingId !== row.meetingId);
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  className="table-slot"
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  <SlotContent
                    row={row}
                    groupHead={startsGroup ? (item?.number ? `${item.number}.` : '') : undefined}
                    itemTitle={item?.title ?? ''}
                    meetingHead={newMeeting ? (meeting ? formatLongDate(meeting.date) : '') : undefined}
                    committeeName={!filter.committeeId ? committee?.name : undefined}
                    selected={!!row && selection?.id === row.id}
                    context={grouped ? undefined : `${meeting ? formatLongDate(meeting.date) : ''} · ${item?.title ?? ''}`}
                    columns={columns}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}

interface SlotProps {
  row: RecommendationRow | undefined;
  /** The item number to show above the row where it starts an agenda item's group; undefined where it does not. */
  groupHead: string | undefined;
  itemTitle: string;
  /** The meeting date to show where the row starts a meeting; undefined where it does not. */
  meetingHead: string | undefined;
  committeeName: string | undefined;
  selected: boolean;
  context: string | undefined;
  columns: readonly ColumnId[];
}

// Memoised on plain values, so the re-renders that scrolling and row measuring cause do not redraw
// rows whose content has not changed.
const SlotContent = memo(function SlotContent({ row, groupHead, itemTitle, meetingHead, committeeName, selected, context, columns }: SlotProps) {
  const select = useUi((s) => s.select);
  return (
    <>
      {groupHead !== undefined && (
        <div className="group-head">
          {meetingHead !== undefined && (
            <div className="group-meeting">
              {meetingHead}
              {committeeName ? <span className="group-committee"> · {committeeName}</span> : null}
            </div>
          )}
          <div className="group-item">
            {groupHead ? <span className="item-number">{groupHead}</span> : null} {itemTitle}
          </div>
        </div>
      )}
      {row ? (
        <RecommendationRowView row={row} selected={selected} onSelect={() => select({ kind: 'recommendation', id: row.id })} context={context} columns={columns} />
      ) : (
        <div className="table-row table-row-loading">Loading…</div>
      )}
    </>
  );
});
