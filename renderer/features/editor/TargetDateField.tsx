// The target date: set freely the first time; moving a date already set asks why, and the history
// keeps the original, the revision and the reason.
import { useId, useState } from 'react';
import { formatLongDate } from '../../../shared/index';
import { DateField } from '../../ui/DateField';
import { saveRecommendation } from '../actions';

interface Props {
  recommendationId: string;
  value: string;
  /** The first target date ever set, when it has since been revised. */
  original: string | null;
}

export function TargetDateField({ recommendationId, value, original }: Props) {
  const id = useId();
  // null while the text typed is not a date: nothing is saved then.
  const [draft, setDraft] = useState<string | null>(value);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(value);
  // Bumped to put the stored date back into the field when the officer keeps it.
  const [resets, setResets] = useState(0);
  // Outside changes (undo, another window) show unless a revision is being explained.
  if (value !== shown && !asking) {
    setShown(value);
    setDraft(value);
  }

  async function leave() {
    if (draft === null || draft === value) return;
    if (value === '' || draft === '') {
      await saveRecommendation(recommendationId, { targetDate: draft });
      return;
    }
    setAsking(true);
  }

  async function confirm() {
    if (draft === null) return;
    if (await saveRecommendation(recommendationId, { targetDate: draft }, { reason })) {
      setAsking(false);
      setReason('');
    }
  }

  return (
    <div className="target-date">
      <DateField
        id={id}
        label="Target date"
        key={resets}
        value={value}
        hint={original && original !== value ? `Originally ${formatLongDate(original)}` : undefined}
        onChange={setDraft}
        onLeave={() => void leave()}
      />
      {asking && (
        <div className="target-reason" role="group" aria-label="Why the target date moved">
          <label htmlFor={`${id}-reason`}>
            Why has the target moved from {formatLongDate(value)} to {formatLongDate(draft ?? '')}?
          </label>
          <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus onKeyDown={(e) => e.key === 'Enter' && void confirm()} />
          <div className="target-reason-actions">
            <button type="button" className="button button-small button-primary" onClick={() => void confirm()}>
              Save the new date
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setAsking(false);
                setDraft(value);
                setResets((n) => n + 1);
              }}
            >
              Keep {formatLongDate(value)}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
