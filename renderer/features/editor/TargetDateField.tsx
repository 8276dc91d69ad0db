// The target date: set freely the first time; moving a date already set asks why, and the history
// keeps the original, the revision and the reason.
import { useId, useState } from 'react';
import { formatLongDate, isIsoDate } from '../../../shared/index';
import { saveRecommendation } from '../actions';

interface Props {
  recommendationId: string;
  value: string;
  /** The first target date ever set, when it has since been revised. */
  original: string | null;
}

export function TargetDateField({ recommendationId, value, original }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(value);
  // Outside changes (undo, another window) show unless a revision is being explained.
  if (value !== shown && !asking) {
    setShown(value);
    setDraft(value);
  }

  async function leave() {
    if (draft === value || (draft !== '' && !isIsoDate(draft))) return;
    if (value === '' || draft === '') {
      await saveRecommendation(recommendationId, { targetDate: draft });
      return;
    }
    setAsking(true);
  }

  async function confirm() {
    if (await saveRecommendation(recommendationId, { targetDate: draft }, { reason })) {
      setAsking(false);
      setReason('');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Target date</label>
      {original && original !== value && (
        <span className="field-hint" id={`${id}-hint`}>
          Originally {formatLongDate(original)}
        </span>
      )}
      <input id={id} type="date" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => void leave()} aria-describedby={original ? `${id}-hint` : undefined} />
      {asking && (
        <div className="target-reason" role="group" aria-label="Why the target date moved">
          <label htmlFor={`${id}-reason`}>
            Why has the target moved from {formatLongDate(value)} to {formatLongDate(draft)}?
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
