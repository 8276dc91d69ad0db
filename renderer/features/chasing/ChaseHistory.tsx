// The editor's "Chases" section: every chase of this recommendation (date, to whom, level, how), and a form to log one made by phone or otherwise.
import { useState } from 'react';
import {
  CHASE_LEVELS,
  CHASE_LEVEL_LABELS,
  CHASE_METHODS,
  CHASE_METHOD_LABELS,
  chaseHistoryLine,
  isIsoDate,
  newChaseRecords,
  type ChaseLevel,
  type ChaseMethod,
} from '../../../shared/index';
import { DateField } from '../../ui/DateField';
import { SelectField, TextField } from '../../ui/fields';
import { logChaseWithUndo } from './chasingActions';
import { useChases } from './useBoard';
import { useToday } from './useChasingSettings';
import { FormLog } from '../forms/FormLog';
import type { Recommendation } from '../../../shared/index';

export function ChaseHistory({ recommendationId, ownerName, recommendation }: { recommendationId: string; ownerName: string; recommendation?: Recommendation }) {
  const chases = useChases([recommendationId]);
  const today = useToday();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<string | null>(today);
  const [to, setTo] = useState(ownerName);
  const [level, setLevel] = useState<ChaseLevel>('chase');
  const [method, setMethod] = useState<ChaseMethod>('phone');
  const [problem, setProblem] = useState<string | null>(null);

  async function log() {
    if (!date || !isIsoDate(date)) return setProblem('Give the date of the chase, day first (for example 12/09/2024).');
    if (date > today) return setProblem('The chase date is in the future.');
    setProblem(null);
    if (await logChaseWithUndo(newChaseRecords([recommendationId], { date, to, level, method }))) setOpen(false);
  }

  return (
    <>
      <h3 className="editor-section">Chases</h3>
      {chases === undefined ? null : chases.length === 0 ? (
        <p className="muted">Not chased yet.</p>
      ) : (
        <ol className="chase-history" aria-label="Chases">
          {chases.map((c) => (
            <li key={c.id}>{chaseHistoryLine(c)}</li>
          ))}
        </ol>
      )}
      {recommendation && <FormLog recommendation={recommendation} today={today} />}
      {!open ? (
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          Log a chase…
        </button>
      ) : (
        <div role="group" aria-label="Log a chase">
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="chase-log-form">
            <DateField label="Chase date" value={date ?? ''} onChange={setDate} required />
            <TextField label="To whom" value={to} onChange={(e) => setTo(e.target.value)} />
            <SelectField label="Level" value={level} onChange={(e) => setLevel(e.target.value as ChaseLevel)} options={CHASE_LEVELS.map((l) => ({ value: l, label: CHASE_LEVEL_LABELS[l] }))} />
            <SelectField label="How" value={method} onChange={(e) => setMethod(e.target.value as ChaseMethod)} options={CHASE_METHODS.map((m) => ({ value: m, label: CHASE_METHOD_LABELS[m] }))} />
          </div>
          <div className="editor-actions" style={{ marginTop: 0 }}>
            <button type="button" className="button button-small button-primary" onClick={() => void log()}>
              Log chase
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
