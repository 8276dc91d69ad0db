// "Request a response" / "Request updates": a form for one person's (or the picked) recommendations, saved as Word or Excel
// or attached to an Outlook draft; the request is logged on each recommendation the first time a file is made.
import { useEffect, useRef, useState } from 'react';
import { newFormReference, type ChasingSettings, type FormFormat, type FormKind, type Tracker } from '../../../shared/index';
import { describeError, getDb, logFormRequest, trackerForForms } from '../../db/index';
import { platform } from '../../platform/index';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';
import { ChoiceGroup } from '../exporting/ChoiceGroup';
import { buildForm, buildFormEmail, FORM_MIME, formFileName, type FormRequest } from './formFiles';

interface Props {
  kind: FormKind;
  ids: string[];
  /** Whom to, as the board names the person who owes it. */
  toName: string;
  settings: ChasingSettings;
  today: string;
  onClose(): void;
}

export function RequestFormDialog({ kind, ids, toName: initialTo, settings, today, onClose }: Props) {
  const [reference] = useState(() => newFormReference(kind));
  const [format, setFormat] = useState<FormFormat>('docx');
  const [toName, setToName] = useState(initialTo);
  const [toEmail, setToEmail] = useState('');
  const [tracker, setTracker] = useState<Tracker | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const logged = useRef(false);

  useEffect(() => {
    let live = true;
    trackerForForms(getDb()).then(
      (t) => live && setTracker(t),
      (e: unknown) => live && setProblem(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const request = (): FormRequest => ({ kind, format, reference, ids, toName, toEmail, settings, today });

  async function log(): Promise<string> {
    if (logged.current) return '';
    await logFormRequest(getDb(), ids, { formReference: reference, kind, format, sentOn: today, to: toName });
    logged.current = true;
    return ` The request (${reference}) is logged on ${ids.length === 1 ? 'the recommendation' : `each of the ${ids.length} recommendations`}.`;
  }

  async function run(what: 'form' | 'email') {
    if (!tracker || busy) return;
    setBusy(true);
    setProblem(null);
    setNote(null);
    try {
      const r = request();
      const form = await buildForm(tracker, r);
      const saved =
        what === 'form'
          ? await platform.saveFile({ suggestedName: formFileName(r), data: form, mimeType: FORM_MIME[format] })
          : await platform.saveFile({ suggestedName: formFileName(r).replace(/\.(?:docx|xlsx)$/, '.eml'), data: await buildFormEmail(tracker, r, form), mimeType: 'message/rfc822' });
      if (saved === 'cancelled') setNote('The file was not saved, so the request was not logged.');
      else setNote(`${what === 'form' ? 'Form saved.' : 'Email draft saved, with the form attached: open it to check it and send it.'}${await log()}`);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const title = kind === 'update' ? 'Request updates' : 'Request a response';
  const count = `${ids.length} recommendation${ids.length === 1 ? '' : 's'}`;
  return (
    <Dialog title={title} onClose={onClose} wide>
      <p style={{ margin: '0 0 0.5rem' }}>
        A {kind === 'update' ? 'progress update' : 'response'} form for {count}, reference <strong>{reference}</strong>. The person fills in the shaded cells and sends it back; “Import returned forms…” reads it in.
      </p>
      <ChoiceGroup
        legend="Form as"
        value={format}
        onChange={(v) => setFormat(v === 'xlsx' ? 'xlsx' : 'docx')}
        choices={[
          { value: 'docx', label: 'Word document (.docx)', hint: 'a letter and the form, in the council’s letter style' },
          { value: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'for people who prefer Excel, with drop-down lists' },
        ]}
      />
      <div className="field-grid">
        <TextField label="To" value={toName} onChange={(e) => setToName(e.target.value)} hint="As the form and the greeting name them" />
        <TextField label="Email address (optional)" type="email" value={toEmail} onChange={(e) => setToEmail(e.target.value)} hint="For the email draft’s To line" />
      </div>
      <div className="chase-actions">
        <button type="button" className="button button-primary" disabled={busy || !tracker} onClick={() => void run('form')}>
          Save the form
        </button>
        <button type="button" className="button button-primary" disabled={busy || !tracker} onClick={() => void run('email')}>
          Email the form (.eml)
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" style={{ minHeight: '1.2em', margin: '0.5rem 0 0' }}>
        {note}
      </p>
    </Dialog>
  );
}
