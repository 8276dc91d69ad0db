// "Not pursued": recommendations with no response long after they were sent, offered for closing in one step with the council's wording (editable here).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatLongDate, type ChasingSettings } from '../../../shared/index';
import type { ChaseCandidate } from '../../db/index';
import { TextArea } from '../../ui/fields';
import { ShowMore, useShownRows } from '../../ui/ShowMore';
import { closeStaleWithUndo } from './chasingActions';

// Drawn only while open, a page at a time: at 50,000 recommendations thousands can be stale.
const PAGE = 50;

interface Props {
  stale: ChaseCandidate[];
  settings: ChasingSettings;
}

export function NotPursuedPanel({ stale, settings }: Props) {
  const [wording, setWording] = useState(settings.notPursuedWording);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const focusRow = useCallback((i: number) => document.getElementById(`stale-${stale[i]?.recommendation.id}`)?.focus(), [stale]);
  const { shown, more } = useShownRows(stale.length, PAGE, focusRow);
  // A change of the usual wording in the settings shows here, unless the officer is editing it.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setWording(settings.notPursuedWording);
  }, [settings.notPursuedWording, touched]);

  const chosen = useMemo(() => stale.filter((s) => !left.has(s.recommendation.id)), [stale, left]);
  const months = settings.notPursuedAfterMonths;
  const n = stale.length;

  function toggle(id: string) {
    setLeft((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function close() {
    if (chosen.length === 0 || wording.trim() === '' || busy) return;
    setBusy(true);
    await closeStaleWithUndo(
      chosen.map((c) => c.recommendation.id),
      wording,
    );
    setBusy(false);
  }

  return (
    <details className="stale-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>
          Not pursued: {n.toLocaleString('en-GB')} recommendation{n === 1 ? ' has' : 's have'} had no response for more than {months} month{months === 1 ? '' : 's'}
        </strong>
      </summary>
      <p>Close them as not pursued: the status becomes “Not pursued”, the outcome “No response received”, and the wording below is added to the response. Untick any to keep chasing.</p>
      {open && (
        <>
          <ul className="stale-list" aria-label="Recommendations to close as not pursued">
            {stale.slice(0, shown).map((s) => {
              const r = s.recommendation;
              const id = `stale-${r.id}`;
              return (
                <li key={r.id}>
                  <input id={id} type="checkbox" checked={!left.has(r.id)} onChange={() => toggle(r.id)} />
                  <label htmlFor={id}>
                    {r.label ? `${r.label}. ` : ''}
                    {r.text.length > 110 ? `${r.text.slice(0, 110).trimEnd()}…` : r.text}{' '}
                    <span className="muted">
                      ({s.itemTitle}; received {formatLongDate(r.receivedDate)})
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <ShowMore shown={shown} total={n} page={PAGE} of="to close as not pursued" onMore={more} note="they are closed with the rest unless shown and unticked" />
        </>
      )}
      <TextArea
        label="Wording added to each response"
        hint="The council’s usual wording comes from Chasing settings; a change here is for this closing only"
        rows={2}
        value={wording}
        error={wording.trim() === '' ? 'The wording is empty: say why the recommendations are not pursued.' : null}
        onChange={(e) => {
          setTouched(true);
          setWording(e.target.value);
        }}
      />
      <button type="button" className="button button-danger" disabled={busy || chosen.length === 0 || wording.trim() === ''} onClick={() => void close()}>
        Close {chosen.length.toLocaleString('en-GB')} as not pursued
      </button>
    </details>
  );
}
