// One proposed resolution on the review screen: tick, label, words, kind, addressee, item, and the
// merge and split buttons for when the minutes were read in the wrong pieces.
import type { Addressee, RecommendationKind } from '../../../shared/index';
import { SelectField } from '../../ui/fields';
import { ADDRESSEE_OPTIONS, KIND_OPTIONS } from '../../ui/options';
import { mergeWithPrevious, splitProposal, updateProposal, type Draft, type Proposal } from './draft';

interface Props {
  draft: Draft;
  proposal: Proposal;
  onChange(draft: Draft): void;
  onFocus(): void;
  active: boolean;
}

export function ProposalCard({ draft, proposal: p, onChange, onFocus, active }: Props) {
  const set = (patch: Partial<Proposal>) => onChange(updateProposal(draft, p.key, patch));
  const index = draft.proposals.indexOf(p);
  const canMerge = index > 0 && draft.proposals[index - 1]?.itemKey === p.itemKey;
  const id = (what: string) => `${what}-${p.key}`;
  return (
    <div className={`proposal${p.include ? '' : ' proposal-off'}${active ? ' proposal-active' : ''}`} onFocus={onFocus} onClick={onFocus} role="group" aria-label={`Resolution ${p.label || ''}`.trim()}>
      <div className="proposal-row">
        <input id={id('include')} type="checkbox" checked={p.include} onChange={(e) => set({ include: e.target.checked })} />
        <label htmlFor={id('include')} className="proposal-include">
          Import {p.kind === 'procedural' ? '(procedural)' : ''}
        </label>
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
      </div>
    </div>
  );
}
