// The editor's record of forms: each response or update form sent about this recommendation and when it came back
// ("response received"), the owner's report that it is implemented, and the committee's sign-off kept apart from it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatLongDate, isIsoDate, type Recommendation } from '../../../shared/index';
import { describeError, formRequestsFor, getDb, updateRecommendation } from '../../db/index';
import { TextField } from '../../ui/fields';

export function FormLog({ recommendation, today }: { recommendation: Recommendation; today: string }) {
  const requests = useLiveQuery(() => formRequestsFor(getDb(), [recommendation.id]), [recommendation.id]);
  const [signing, setSigning] = useState(false);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function signOff() {
    if (!isIsoDate(date)) return setProblem('Give the date of the meeting that signed it off.');
    try {
      await updateRecommendation(getDb(), recommendation.id, { signedOffOn: date, signedOffNote: note.trim(), status: 'completed' }, { reason: 'Signed off by the committee as completed' });
      setSigning(false);
      setProblem(null);
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  const lines: string[] = [];
  for (const r of requests ?? []) {
    const what = r.kind === 'update' ? 'Update form' : 'Response form';
    lines.push(`${formatLongDate(r.sentOn)} — ${what} ${r.formReference} sent${r.to ? ` to ${r.to}` : ''}`);
    if (r.status === 'returned') lines.push(`${formatLongDate(r.returnedOn)} — ${r.kind === 'update' ? 'Update received' : 'Response received'} (form ${r.formReference}${r.returnedBy ? `, completed by ${r.returnedBy}` : ''})`);
    if (r.status === 'withdrawn') lines.push(`${what} ${r.formReference} withdrawn`);
  }
  return (
    <>
      {lines.length > 0 && (
        <ol className="chase-history" aria-label="Forms">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ol>
      )}
      <p className="muted" style={{ margin: '0.3rem 0' }}>
        {recommendation.implementedOn
          ? `Reported implemented on ${formatLongDate(recommendation.implementedOn)}${recommendation.implementedBy ? ` by ${recommendation.implementedBy}` : ''}.`
          : 'Not reported implemented.'}{' '}
        {recommendation.signedOffOn
          ? `Signed off by the committee on ${formatLongDate(recommendation.signedOffOn)}${recommendation.signedOffNote ? ` (${recommendation.signedOffNote})` : ''}.`
          : 'Not signed off by the committee.'}
      </p>
      {!recommendation.signedOffOn &&
        (signing ? (
          <div role="group" aria-label="Sign off as completed">
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            <div className="chase-log-form">
              <TextField label="Signed off on" type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />
              <TextField label="Note (the minute, say)" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <div className="editor-actions" style={{ marginTop: 0 }}>
              <button type="button" className="button button-small button-primary" onClick={() => void signOff()}>
                Sign off as completed
              </button>
              <button type="button" className="button button-small" onClick={() => setSigning(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button-small" onClick={() => setSigning(true)}>
            Committee signed it off…
          </button>
        ))}
    </>
  );
}
