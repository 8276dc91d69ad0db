// The review: meeting details on top, the source text on the left and the proposed resolutions on the
// right, each with what the tracker already holds of it. Choosing a resolution highlights its lines;
// text inside a resolution block that is in no resolution is marked, with one click to make it one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { countOf, formatLongDate, planMinutesImport, TITLE_STYLES, type MinutesImportEntry, type TitleStyle, type Tracker } from '../../../shared/index';
import { getDb, trackerForMeetingDate } from '../../db/index';
import { possibleDecisions, unclaimedRuns, type UnclaimedRun } from './coverage';
import { addFromLines, appendLines, draftProblems, draftToMinutes, restyleTitles, updateItem, type Draft, type DraftItem } from './draft';
import { ProposalCard } from './ProposalCard';
import { SourcePane, rangeOf, type LineRange } from './SourcePane';
import { DateField } from '../../ui/DateField';

interface Props {
  source: string;
  draft: Draft;
  onChange(draft: Draft): void;
  onBack(): void;
  onImport(): void;
  problem: string | null;
  busy: string | null;
  titleStyle: TitleStyle;
  onTitleStyle(style: TitleStyle): void;
}

const STYLE_LABELS: Record<TitleStyle, string> = { 'as-printed': 'Keep the capitals', title: 'Title Case', sentence: 'Sentence case' };

/** The plan for each proposal, by key: what importing would do with it. */
export function usePlan(draft: Draft): { plan: Map<string, MinutesImportEntry> | null; held: Tracker | undefined } {
  const held = useLiveQuery(() => trackerForMeetingDate(getDb(), draft.meetingDate), [draft.meetingDate]);
  const plan = useMemo(() => {
    if (!held) return null;
    const { minutes, keys } = draftToMinutes(draft);
    const entries = planMinutesImport(held, minutes, { committee: draft.committeeName, meetingDate: draft.meetingDate });
    return new Map(keys.map((k, i) => [k, entries[i]!]));
  }, [held, draft]);
  return { plan, held };
}

export function ReviewPane({ source, draft, onChange, onBack, onImport, problem, busy, titleStyle, onTitleStyle }: Props) {
  const lines = useMemo(() => source.split('\n'), [source]);
  const [focused, setFocused] = useState<string | null>(null);
  const [selection, setSelection] = useState<LineRange | null>(null);
  const [reveal, setReveal] = useState(0);
  const committees = useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
  const { plan, held: heldTracker } = usePlan(draft);
  const runs = useMemo(() => unclaimedRuns(lines, draft), [lines, draft]);
  // The hints may lag a keystroke behind: typing in a proposal's words must not wait for them.
  const lagging = useDeferredValue(draft);
  const hints = useMemo(() => possibleDecisions(lines, lagging), [lines, lagging]);
  const active = draft.proposals.find((p) => p.key === focused);

  const statusOf = (key: string) => plan?.get(key)?.status ?? 'new';
  const adding = draft.proposals.filter((p) => p.include && p.text.trim() !== '' && statusOf(p.key) === 'new').length;
  const updating = draft.proposals.filter((p) => p.update && statusOf(p.key) === 'differs').length;
  const held = draft.proposals.filter((p) => statusOf(p.key) !== 'new').length;
  const differing = draft.proposals.filter((p) => statusOf(p.key) === 'differs').length;
  const problems = draftProblems(draft);
  const shownItems = draft.items.filter((i) => draft.proposals.some((p) => p.itemKey === i.key) || runs.some((r) => r.itemKey === i.key));
  const unfiled = runs.filter((r) => r.itemKey === null);

  // A resolution made from the text is chosen and its words get the focus, so it can be checked at once.
  function change(next: Draft) {
    const known = new Set(draft.proposals.map((p) => p.key));
    const added = next.proposals.find((p) => !known.has(p.key));
    onChange(next);
    if (added) {
      setFocused(added.key);
      window.requestAnimationFrame(() => document.getElementById(`text-${added.key}`)?.focus());
    }
  }

  function addSelected() {
    if (!selection) return;
    const { from, to } = rangeOf(selection);
    change(addFromLines(draft, lines, from, to));
    setSelection(null);
  }

  function showNextRun() {
    const after = selection ? rangeOf(selection).to : -1;
    const next = runs.find((r) => r.from > after) ?? runs[0];
    if (!next) return;
    setSelection({ anchor: next.from, focus: next.to });
    setReveal((n) => n + 1);
  }

  return (
    <div className="review">
      <div className="review-meeting field-grid">
        <div className="field">
          <label htmlFor="review-committee">Committee</label>
          <input id="review-committee" list="review-committees" value={draft.committeeName} onChange={(e) => onChange({ ...draft, committeeName: e.target.value })} />
          <datalist id="review-committees">
            {committees?.map((c) => <option key={c.id} value={c.name} />)}
          </datalist>
        </div>
        {/* The app's date field: read day first whatever the locale; text that is not a date leaves the date empty, so nothing is imported with it. */}
        <DateField
          id="review-date"
          label="Meeting date"
          value={draft.meetingDate}
          onChange={(date) => {
            const meetingDate = date ?? '';
            onChange({ ...draft, meetingDate, receivedDate: draft.receivedDate === draft.meetingDate ? meetingDate : draft.receivedDate });
          }}
        />
        <DateField
          id="review-received"
          label="Received by the executive"
          value={draft.receivedDate}
          hint="Starts the two-month clock for responses"
          onChange={(date) => onChange({ ...draft, receivedDate: date ?? '' })}
        />
        <div className="field">
          <label htmlFor="review-title-style">Item titles in capitals</label>
          <select
            id="review-title-style"
            value={titleStyle}
            onChange={(e) => {
              const next = e.target.value as TitleStyle;
              onChange(restyleTitles(draft, titleStyle, next, source));
              onTitleStyle(next);
            }}
          >
            {TITLE_STYLES.map((s) => (
              <option key={s} value={s}>
                {STYLE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {runs.length > 0 && (
        <div className="review-warning" role="note">
          <span>
            {countOf(runs.length, 'passage')} inside the resolutions {runs.length === 1 ? 'is' : 'are'} in no resolution below. {runs.length === 1 ? 'It is' : 'They are'} marked in the text.
          </span>
          <button type="button" className="button button-small" onClick={showNextRun}>
            Show the next in the text
          </button>
        </div>
      )}
      <div className="review-panes">
        <SourcePane
          lines={lines}
          lit={active && active.from >= 0 ? { from: active.from, to: active.to } : null}
          unclaimed={runs}
          selection={selection}
          onSelect={setSelection}
          onAdd={addSelected}
          reveal={reveal}
        />
        <section className="review-proposals" aria-label="Resolutions found">
          {unfiled.length > 0 && <RunList runs={unfiled} draft={draft} lines={lines} onChange={change} />}
          {shownItems.map((item) => (
            <ItemBlock
              key={item.key}
              item={item}
              draft={draft}
              lines={lines}
              runs={runs.filter((r) => r.itemKey === item.key)}
              onChange={change}
              heldTitle={heldTitleOf(item, draft, plan, heldTracker)}
            >
              {draft.proposals
                .filter((p) => p.itemKey === item.key)
                .map((p) => (
                  <ProposalCard key={p.key} draft={draft} proposal={p} entry={plan?.get(p.key)} onChange={onChange} onFocus={() => setFocused(p.key)} active={focused === p.key} />
                ))}
            </ItemBlock>
          ))}
          {hints.length > 0 && (
            // Decisions told as narrative are the ones the parser misses most: offered, folded, so they are never lost unseen.
            <details className="review-hints">
              <summary>
                {countOf(hints.length, 'sentence')} of the discussion {hints.length === 1 ? 'reads' : 'read'} like a decision that no resolution above holds
              </summary>
              <RunList runs={hints} draft={draft} lines={lines} onChange={change} listLabel="Sentences that may be decisions" what="may be a decision" ownWords />
            </details>
          )}
        </section>
      </div>
      <div className="review-foot">
        <p role="status" className="review-summary">
          {adding} of {draft.proposals.length} resolutions ticked
          {draft.meetingDate ? ` for the meeting of ${formatLongDate(draft.meetingDate)}` : ''}.{' '}
          {held > 0 ? `${held} of them ${held === 1 ? 'is' : 'are'} already in the tracker and will not be added again` : ''}
          {differing > 0 ? ` (${differing} with different words or label)` : ''}
          {held > 0 ? '.' : ''}
        </p>
        {(problem || problems.length > 0) && (
          <p className="form-error" role="alert">
            {problem ?? problems.join(' ')}
          </p>
        )}
        {busy && <p role="status">{busy}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onBack}>
            Back to the text
          </button>
          <button type="button" className="button button-primary" onClick={onImport} disabled={!!busy || problems.length > 0 || !plan || adding + updating === 0}>
            Import {adding} resolution{adding === 1 ? '' : 's'}
            {updating > 0 ? ` and update ${updating}` : ''}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The title of the tracker's item this item of the minutes matched, where it matched one. */
function heldTitleOf(item: DraftItem, draft: Draft, plan: Map<string, MinutesImportEntry> | null, held: Tracker | undefined): string | null {
  const itemId = draft.proposals.map((p) => (p.itemKey === item.key ? plan?.get(p.key)?.itemId : undefined)).find(Boolean);
  const found = itemId ? held?.items.find((i) => i.id === itemId) : undefined;
  return found ? `${found.number ? `${found.number}. ` : ''}${found.title}` : null;
}

interface ItemProps {
  item: DraftItem;
  draft: Draft;
  lines: readonly string[];
  runs: UnclaimedRun[];
  onChange(d: Draft): void;
  heldTitle: string | null;
  children: React.ReactNode;
}

function ItemBlock({ item, draft, lines, runs, onChange, heldTitle, children }: ItemProps) {
  const proposed = draft.proposals.filter((p) => p.itemKey === item.key && p.kind !== 'procedural' && p.text.trim() !== '').length;
  const stated = item.statedCount;
  return (
    <div className="review-item">
      <div className="review-item-head field-grid">
        <div className="field">
          <label htmlFor={`item-number-${item.key}`}>Item number</label>
          <input id={`item-number-${item.key}`} value={item.number} onChange={(e) => onChange(updateItem(draft, item.key, { number: e.target.value }))} />
        </div>
        <div className="field review-item-title">
          <label htmlFor={`item-title-${item.key}`}>Item title</label>
          <input id={`item-title-${item.key}`} value={item.title} onChange={(e) => onChange(updateItem(draft, item.key, { title: e.target.value }))} />
        </div>
      </div>
      {heldTitle && <p className="muted review-item-held">In the tracker already, as “{heldTitle}”: new resolutions go under it.</p>}
      {stated && stated.count !== proposed && (
        <p className="review-warning" role="note">
          The minutes say “{stated.text}”, but {countOf(proposed, 'resolution')} {proposed === 1 ? 'is' : 'are'} proposed under this item.
        </p>
      )}
      {runs.length > 0 && <RunList runs={runs} draft={draft} lines={lines} onChange={onChange} />}
      {children}
    </div>
  );
}

/** Text found in no resolution, each passage with one click to make it a resolution (or finish the one above). */
function RunList({
  runs,
  draft,
  lines,
  onChange,
  listLabel = 'Text in no resolution',
  what = 'in no resolution',
  ownWords = false,
}: {
  runs: UnclaimedRun[];
  draft: Draft;
  lines: readonly string[];
  onChange(d: Draft): void;
  listLabel?: string;
  what?: string;
  /** Make the resolution of the run's own words (the decision's sentences), not of its whole lines; a decision told
   * in the discussion is its own, never the rest of a resolution cut at a page break, so no "Add to" is offered. */
  ownWords?: boolean;
}) {
  return (
    <ul className="unclaimed-list" aria-label={listLabel}>
      {runs.map((run) => {
        const above = draft.proposals.filter((p) => p.itemKey === run.itemKey && p.from >= 0 && p.from < run.from).sort((a, b) => b.from - a.from)[0];
        const where = run.from === run.to ? `Line ${run.from + 1}` : `Lines ${run.from + 1} to ${run.to + 1}`;
        return (
          <li key={`${run.from}-${run.to}`} className="unclaimed">
            <span>
              <strong>{where} {what}:</strong> {run.label ? `${run.label}. ` : ''}
              {run.text.length > 140 ? `${run.text.slice(0, 140)}…` : run.text}
            </span>
            <span className="unclaimed-actions">
              <button type="button" className="button button-small" onClick={() => onChange(addFromLines(draft, lines, run.from, run.to, ownWords ? run.text : undefined))} aria-label={`Make it a resolution (${where.toLowerCase()})`}>
                Make it a resolution
              </button>
              {above && !run.label && !ownWords && (
                <button type="button" className="button button-small" onClick={() => onChange(appendLines(draft, above.key, lines, run.from, run.to))} aria-label={`Add to ${above.label ? `(${above.label})` : 'the one above'} (${where.toLowerCase()})`}>
                  Add to {above.label ? `(${above.label})` : 'the one above'}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
