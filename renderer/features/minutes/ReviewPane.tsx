// The review: meeting details on top, the source text on the left and the proposed resolutions on
// the right. Choosing a resolution scrolls the source to the lines it came from and highlights them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { formatLongDate } from '../../../shared/index';
import { getDb, importTracker, type ImportSummary } from '../../db/index';
import { draftProblems, trackerFromDraft, type Draft } from './draft';
import { ProposalCard } from './ProposalCard';
import { DateField } from '../../ui/DateField';

interface Props {
  source: string;
  draft: Draft;
  onChange(draft: Draft): void;
  onBack(): void;
  onImport(): void;
  problem: string | null;
  busy: string | null;
}

export function ReviewPane({ source, draft, onChange, onBack, onImport, problem, busy }: Props) {
  const lines = useMemo(() => source.split('\n'), [source]);
  const [focused, setFocused] = useState<string | null>(null);
  const committees = useLiveQuery(() => getDb().committees.orderBy('name').toArray(), []);
  const preview = usePreview(draft);
  const active = draft.proposals.find((p) => p.key === focused);

  useEffect(() => {
    if (active && active.from >= 0) document.getElementById(`src-${active.from}`)?.scrollIntoView({ block: 'center' });
  }, [active]);

  const ticked = draft.proposals.filter((p) => p.include).length;
  const problems = draftProblems(draft);

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
      </div>
      <div className="review-panes">
        <section className="review-source" aria-label="The minutes as read" tabIndex={0}>
          {lines.map((line, i) => {
            // PDF pages arrive separated by a form feed: draw it as the page break it is.
            if (line.trim() === '\f') return <hr key={i} id={`src-${i}`} className="src-page-break" aria-label="Page break" />;
            const lit = active && i >= active.from && i <= active.to;
            return (
              <div key={i} id={`src-${i}`} className={lit ? 'src-line src-line-lit' : 'src-line'}>
                <span className="src-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{line || '\u00a0'}</span>
              </div>
            );
          })}
        </section>
        <section className="review-proposals" aria-label="Resolutions found">
          {draft.items.map((item) => (
            <div key={item.key} className="review-item">
              <div className="review-item-head field-grid">
                <div className="field">
                  <label htmlFor={`item-number-${item.key}`}>Item number</label>
                  <input id={`item-number-${item.key}`} value={item.number} onChange={(e) => onChange({ ...draft, items: draft.items.map((i) => (i.key === item.key ? { ...i, number: e.target.value } : i)) })} />
                </div>
                <div className="field review-item-title">
                  <label htmlFor={`item-title-${item.key}`}>Item title</label>
                  <input id={`item-title-${item.key}`} value={item.title} onChange={(e) => onChange({ ...draft, items: draft.items.map((i) => (i.key === item.key ? { ...i, title: e.target.value } : i)) })} />
                </div>
              </div>
              {draft.proposals
                .filter((p) => p.itemKey === item.key)
                .map((p) => (
                  <ProposalCard key={p.key} draft={draft} proposal={p} onChange={onChange} onFocus={() => setFocused(p.key)} active={focused === p.key} />
                ))}
            </div>
          ))}
        </section>
      </div>
      <div className="review-foot">
        <p role="status" className="review-summary">
          {ticked} of {draft.proposals.length} resolutions ticked
          {draft.meetingDate ? ` for the meeting of ${formatLongDate(draft.meetingDate)}` : ''}.{' '}
          {preview && preview.skipped > 0 ? `${preview.skipped} of them ${preview.skipped === 1 ? 'is' : 'are'} already in the tracker and will not be added again.` : ''}
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
          <button type="button" className="button button-primary" onClick={onImport} disabled={!!busy || problems.length > 0 || (preview?.recommendations ?? 1) === 0}>
            Import {preview ? preview.recommendations : ticked} resolution{(preview ? preview.recommendations : ticked) === 1 ? '' : 's'}
          </button>
        </div>
      </div>
    </div>
  );
}

/** What importing would add, from a rolled-back run of the real import (so it cannot disagree). */
function usePreview(draft: Draft): ImportSummary | null {
  const [preview, setPreview] = useState<ImportSummary | null>(null);
  useEffect(() => {
    if (draftProblems(draft).length > 0) return;
    let current = true;
    const timer = window.setTimeout(() => {
      importTracker(getDb(), trackerFromDraft(draft), { dryRun: true }).then(
        (summary) => current && setPreview(summary),
        () => current && setPreview(null),
      );
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [draft]);
  return draftProblems(draft).length > 0 ? null : preview;
}
