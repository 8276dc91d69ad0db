// The board's forms panel: import returned forms, the forms sent and not yet returned (per person), and who is due to be asked for a progress update.
import { useState } from 'react';
import { formatLongDate, type ChasingSettings, type FormKind } from '../../../shared/index';
import { useUi } from '../../state/ui';
import { DueSettings } from './DueSettings';
import { RequestFormDialog } from './RequestFormDialog';
import { useOpenForms, useUpdatesDue } from './useForms';
import './forms.css';

interface Props {
  settings: ChasingSettings;
  today: string;
}

export function FormsPanel({ settings, today }: Props) {
  const open = useOpenForms();
  const due = useUpdatesDue(today);
  const [asking, setAsking] = useState<{ kind: FormKind; ids: string[]; to: string } | null>(null);
  const count = (n: number) => `${n} recommendation${n === 1 ? '' : 's'}`;
  return (
    <section className="forms-panel" aria-labelledby="forms-panel-title">
      <h3 id="forms-panel-title">Response and update forms</h3>
      <button type="button" className="button button-small" onClick={() => useUi.getState().openDialog('import-forms')}>
        Import returned forms…
      </button>
      {open && open.length > 0 ? (
        <>
          <p style={{ margin: '0.5rem 0 0' }}>Sent and not yet returned:</p>
          <ul aria-label="Forms sent and not yet returned">
            {open.map((f) => (
              <li key={f.reference}>
                {f.to || 'Not named'} — {f.kind === 'update' ? 'update' : 'response'} form {f.reference}, sent {formatLongDate(f.sentOn)}, {count(f.recommendationIds.length)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted" style={{ margin: '0.5rem 0 0' }}>
          No forms are awaited.
        </p>
      )}
      {due && due.length > 0 && (
        <>
          <p style={{ margin: '0.5rem 0 0' }}>Due a progress update (accepted and not complete; the target date is near, or the last update is old):</p>
          <ul aria-label="Due a progress update">
            {due.map((g) => (
              <li key={g.owner}>
                {g.owner}: {count(g.items.length)}{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Request updates from ${g.owner}`}
                  onClick={() => setAsking({ kind: 'update', ids: g.items.map((i) => i.recommendation.id), to: g.owner })}
                >
                  Request updates…
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <DueSettings />
      {asking && <RequestFormDialog kind={asking.kind} ids={asking.ids} toName={asking.to} settings={settings} today={today} onClose={() => setAsking(null)} />}
    </section>
  );
}
