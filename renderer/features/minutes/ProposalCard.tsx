// One proposed resolution on the review screen: what the tracker already holds of it (new, the same, or
// different and how), why it was found, and tick, label, words, kind, addressee, item, merge and split.
import { useState } from 'react';
import type { Addressee, MinutesImportEntry, RecommendationKind } from '../../../shared/index';
import { SelectField } from '../../ui/fields';
import { ADDRESSEE_OPTIONS, KIND_OPTIONS } from '../../ui/options';
import { labelledBreaks, mergeWithPrevious, splitAtLabels, splitProposal, updateProposal, type Draft, type FoundBy, type Proposal } from './draft';
import { wordDiff } from './wordDiff';

interface Props {
  draft: Draft;
  proposal: Proposal;
  entry: MinutesImportEntry | undefined;
  onChange(draft: Draft): void;
  onFocus(): void;
  active: boolean;
}

const FOUND: Record<FoundBy, string> = {
  'after-marker': 'Found after a “Resolved” line',
  'labelled-list': 'Found in a labelled list with no “Resolved” line',
  'action-line': 'Found as an action line',
  summary: 'Found as the summary line of a decisions list',
  narrative: 'Found in the discussion, worded like a decision',
  added: 'Added by you from the text',
};

export function ProposalCard({ draft, proposal: p, entry, onChange, onFocus, active }: Props) {
  const set = (patch: Partial<Proposal>) => onChange(updateProposal(draft, p.key, patch));
  const index = draft.proposals.indexOf(p);
  const canMerge = index > 0 && draft.proposals[index - 1]?.itemKey === p.itemKey;
  const id = (what: string) => `${what}-${p.key}`;
  const status = entry?.status ?? 'new';
  const labelBreaks = labelledBreaks(p.text, p.label);
  const classes = ['proposal', `proposal-${status}`];
  if (!p.include && status === 'new') classes.push('proposal-off');
  if (active) classes.push('proposal-active');
  if (p.uncertain) classes.push('proposal-uncertain');
  // What the tracker already holds as it is needs no checking: one line, opened on request.
  const [open, setOpen] = useState(false);
  const folded = status === 'same' && !open;
  return (
    <div className={classes.join(' ')} onFocus={onFocus} onClick={onFocus} role="group" aria-label={`Resolution ${p.label || ''}`.trim()}>
      <div className="proposal-status">
        <span className={`plan-badge plan-${status}`}>{status === 'new' ? 'New' : status === 'same' ? 'Already in the tracker' : 'Different in the tracker'}</span>
        {p.uncertain && <span className="plan-badge plan-uncertain">Less certain: check it is a resolution</span>}
        {p.found && <span className="muted proposal-found">{FOUND[p.found]}</span>}
        {status === 'same' && (
          <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide the details' : 'Show the details'}
          </button>
        )}
      </div>
      {folded ? (
        <p className="proposal-folded">
          {p.label ? `${p.label}. ` : ''}
          {p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}
        </p>
      ) : (
        <>
          {status === 'differs' && entry?.differences && (
            <div className="proposal-difference">
              {entry.differences.map((d) =>
                d.field === 'label' ? (
                  <p key="label">
                    Label in the tracker: <strong>{d.tracker}</strong>; in the minutes: <strong>{d.minutes}</strong>
                  </p>
                ) : (
                  <p key="text" className="word-diff" aria-describedby={id('legend')}>
                    <span className="visually-hidden">Changes from the tracker’s wording to the minutes’: </span>
                    {wordDiff(d.tracker, d.minutes).map((part, i) =>
                      part.kind === 'same' ? (
                        <span key={i}>{part.text} </span>
                      ) : part.kind === 'tracker' ? (
                        <del key={i} title="Only in the tracker">
                          {part.text}{' '}
                        </del>
                      ) : (
                        <ins key={i} title="Only in the minutes">
                          {part.text}{' '}
                        </ins>
                      ),
                    )}
                  </p>
                ),
              )}
              <p className="muted diff-legend" id={id('legend')}>
                Struck through: only in the tracker. Underlined: only in the minutes.
              </p>
              <div className="proposal-update">
                <input id={id('update')} type="checkbox" checked={p.update} onChange={(e) => set({ update: e.target.checked })} />
                <label htmlFor={id('update')}>Update the tracker to the minutes’ {entry.differences.length > 1 ? 'label and wording' : entry.differences[0]?.field === 'label' ? 'label' : 'wording'}</label>
              </div>
            </div>
          )}
          <div className="proposal-row">
            {status === 'new' && (
              <>
                <input id={id('include')} type="checkbox" checked={p.include} onChange={(e) => set({ include: e.target.checked })} />
                <label htmlFor={id('include')} className="proposal-include">
                  Import {p.kind === 'procedural' ? '(procedural)' : ''}
                </label>
              </>
            )}
            <div className="field proposal-label">
              <label htmlFor={id('label')}>Label</label>
              <input id={id('label')} value={p.label} onChange={(e) => set({ label: e.target.value })} size={4} />
            </div>
            <SelectField label="Kind" value={p.kind} onChange={(e) => set({ kind: e.target.value as RecommendationKind })} options={KIND_OPTIONS} />
            <SelectField label="Addressed to" value={p.addressee} onChange={(e) => set({ addressee: e.target.value as Addressee })} options={ADDRESSEE_OPTIONS} />
            <SelectField
              label="Agenda item"
              value={p.itemKey}
              onChange={(e) => set({ itemKey: e.target.value })}
              options={draft.items.map((i) => ({ value: i.key, label: `${i.number ? `${i.number}. ` : ''}${i.title.slice(0, 50)}` }))}
            />
          </div>
          <div className="field">
            <label htmlFor={id('text')}>Words of the resolution</label>
            <textarea id={id('text')} rows={Math.min(8, Math.max(2, Math.ceil(p.text.length / 70)))} value={p.text} onChange={(e) => set({ text: e.target.value })} />
          </div>
          <div className="proposal-actions">
            {p.from < 0 && <span className="muted">Not found in the text as written.</span>}
            <button type="button" className="button button-small" onClick={() => onChange(mergeWithPrevious(draft, p.key))} disabled={!canMerge}>
              Merge with the one above
            </button>
            <button type="button" className="button button-small" onClick={() => onChange(splitProposal(draft, p.key))} disabled={!p.text.includes('\n')}>
              Split at the first line break
            </button>
            <button type="button" className="button button-small" onClick={() => onChange(splitAtLabels(draft, p.key))} disabled={labelBreaks === 0}>
              Split at each label{labelBreaks > 0 ? ` (${labelBreaks + 1} parts)` : ''}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
