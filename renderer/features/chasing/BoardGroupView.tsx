// One person's part of the board: the counts by state, a "pick all", and a row per recommendation with its state, last chase and "Record response".
import { useCallback, useId } from 'react';
import {
  CHASE_LEVEL_LABELS,
  CHASE_METHOD_LABELS,
  formatLongDate,
  type BoardGroup,
  type BoardRow,
  type BoardState,
  type ChaseRecord,
  type ChasingSettings,
  type ResponseTone,
} from '../../../shared/index';
import { useUi } from '../../state/ui';
import { ShowMore, useShownRows } from '../../ui/ShowMore';
import { RecordResponseForm } from './RecordResponseForm';
import { StatePill } from './StatePill';

/**
 * The editor lives on the tracker screen only (the board has no editor pane): opening a
 * recommendation shows it there, with any filters that would hide it cleared.
 */
function openInTracker(id: string): void {
  const ui = useUi.getState();
  ui.clearFilters();
  ui.select({ kind: 'recommendation', id });
  ui.setView('tracker');
}

export const STATE_WORDS: Record<BoardState, { words: string; tone: ResponseTone }> = {
  overdue: { words: 'overdue', tone: 'danger' },
  'no-response': { words: 'no response received', tone: 'danger' },
  'due-soon': { words: 'due soon', tone: 'warning' },
  awaiting: { words: 'awaiting', tone: 'neutral' },
  'not-sent': { words: 'not yet sent', tone: 'neutral' },
};

export function StateCounts({ counts, label }: { counts: Record<BoardState, number>; label: string }) {
  const shown = (Object.keys(STATE_WORDS) as BoardState[]).filter((s) => counts[s] > 0);
  return (
    <ul className="board-counts" aria-label={label}>
      {shown.map((s) => (
        <li key={s}>
          <span className={`pill state-pill state-${STATE_WORDS[s].tone}`}>
            {counts[s].toLocaleString('en-GB')} {STATE_WORDS[s].words}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function describeRow(row: BoardRow): string {
  const r = row.recommendation;
  return `${r.label ? `recommendation ${r.label}` : 'the recommendation'} of ${row.itemTitle}`;
}

interface GroupProps {
  group: BoardGroup;
  picked: ReadonlySet<string>;
  onPick(ids: string[], on: boolean): void;
  lastChase: ReadonlyMap<string, ChaseRecord>;
  recording: string | null;
  onRecord(id: string | null): void;
  onRecorded(id: string): void;
  settings: ChasingSettings;
  today: string;
}

// A group's rows are drawn a page at a time: at 50,000 recommendations thousands can be owed by one
// person, and drawing them all took seconds.
const PAGE = 25;

export function BoardGroupView({ group, picked, onPick, lastChase, recording, onRecord, onRecorded, settings, today }: GroupProps) {
  const headingId = useId();
  const ids = group.rows.map((r) => r.recommendation.id);
  const focusRow = useCallback((i: number) => document.getElementById(`pick-${group.rows[i]?.recommendation.id}`)?.focus(), [group.rows]);
  const { shown, more } = useShownRows(group.rows.length, PAGE, focusRow);
  const allPicked = ids.every((id) => picked.has(id));
  return (
    <section className="board-group" aria-labelledby={headingId}>
      <div className="board-group-head">
        <h3 id={headingId}>{group.owner.name}</h3>
        <StateCounts counts={group.counts} label={`Counts for ${group.owner.name}`} />
        <label>
          <input type="checkbox" checked={allPicked} onChange={() => onPick(ids, !allPicked)} />
          Pick all {group.total.toLocaleString('en-GB')}
          <span className="visually-hidden"> owed by {group.owner.name}</span>
        </label>
      </div>
      <ul className="board-rows" aria-label={`Owed by ${group.owner.name}`}>
        {group.rows.slice(0, shown).map((row) => (
          <BoardRowView
            key={row.recommendation.id}
            row={row}
            ownerName={group.owner.source === 'addressee' ? '' : group.owner.name}
            picked={picked.has(row.recommendation.id)}
            onPick={(on) => onPick([row.recommendation.id], on)}
            last={lastChase.get(row.recommendation.id)}
            recording={recording === row.recommendation.id}
            onRecord={(open) => onRecord(open ? row.recommendation.id : null)}
            onRecorded={() => onRecorded(row.recommendation.id)}
            settings={settings}
            today={today}
          />
        ))}
      </ul>
      <ShowMore shown={shown} total={group.rows.length} page={PAGE} of={`owed by ${group.owner.name}`} onMore={more} note="“Pick all” picks them too" />
    </section>
  );
}

interface RowProps {
  row: BoardRow;
  ownerName: string;
  picked: boolean;
  onPick(on: boolean): void;
  last: ChaseRecord | undefined;
  recording: boolean;
  onRecord(open: boolean): void;
  onRecorded(): void;
  settings: ChasingSettings;
  today: string;
}

function BoardRowView({ row, ownerName, picked, onPick, last, recording, onRecord, onRecorded, settings, today }: RowProps) {
  const r = row.recommendation;
  const pickId = `pick-${r.id}`;
  const what = describeRow(row);
  return (
    <li className={picked ? 'board-row board-row-picked' : 'board-row'}>
      <div className="board-row-main">
        <input id={pickId} type="checkbox" checked={picked} onChange={(e) => onPick(e.target.checked)} />
        <div className="board-state">
          <label htmlFor={pickId} className="visually-hidden">
            Pick {what} to chase
          </label>
          <StatePill state={row.response} />
          {row.response.dueDate && <span>Due {formatLongDate(row.response.dueDate)}</span>}
          {last ? (
            <span>
              Last chased {formatLongDate(last.date)} ({CHASE_LEVEL_LABELS[last.level].toLowerCase()}, {CHASE_METHOD_LABELS[last.method].toLowerCase()})
            </span>
          ) : (
            <span className="muted">Not chased yet</span>
          )}
        </div>
        <div>
          <p className="board-row-text">
            {r.label && <strong>{r.label}. </strong>}
            {r.text}
          </p>
          <p className="board-row-meta">
            {row.itemTitle} · {formatLongDate(row.meetingDate) || 'meeting date not recorded'} · {row.committeeName}
            {r.receivedDate ? ` · received ${formatLongDate(r.receivedDate)}` : ''}
          </p>
        </div>
        <div className="board-row-actions">
          <button type="button" id={`record-${r.id}`} className="button button-small" aria-expanded={recording} onClick={() => onRecord(!recording)}>
            Record response<span className="visually-hidden"> to {what}</span>
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => openInTracker(r.id)}>
            Open<span className="visually-hidden"> {what}</span>
          </button>
        </div>
      </div>
      {recording && (
        <RecordResponseForm
          recommendation={r}
          ownerName={ownerName}
          settings={settings}
          today={today}
          onDone={(saved) => {
            onRecord(false);
            if (saved) onRecorded();
            else document.getElementById(`record-${r.id}`)?.focus();
          }}
        />
      )}
    </li>
  );
}
