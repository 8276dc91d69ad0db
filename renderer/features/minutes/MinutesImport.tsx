// "Import minutes": paste or open the minutes, review what the parser proposes beside the source and
// what the tracker already holds, then import the new ones (and chosen updates) in one transaction.
import { useEffect, useState } from 'react';
import { countOf, parseMinutes, TITLE_STYLES, type TitleStyle } from '../../../shared/index';
import { describeError, getDb, getSetting, importMinutes, setSetting } from '../../db/index';
import { backupBeforeImport } from '../backup/backupActions';
import { useUi } from '../../state/ui';
import { useDroppedFile } from '../../state/useDroppedFile';
import { FullScreenDialog } from '../../ui/FullScreenDialog';
import { draftFromParsed, draftProblems, importRequest, type Draft } from './draft';
import { readMinutesFile } from './readMinutesFile';
import { ReviewPane } from './ReviewPane';

const MAX_PASTE = 5_000_000;
/** The officer's choice of how item titles printed in capitals come in, remembered. */
export const TITLE_STYLE_KEY = 'minutes.titleStyle';
const isTitleStyle = (v: unknown): v is TitleStyle => (TITLE_STYLES as readonly unknown[]).includes(v);

export function MinutesImport() {
  const close = useUi((s) => s.closeDialog);
  const [source, setSource] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [titleStyle, setTitleStyle] = useState<TitleStyle>('as-printed');

  useEffect(() => {
    let current = true;
    void getSetting(getDb(), TITLE_STYLE_KEY, 'as-printed' as TitleStyle, isTitleStyle).then((s) => current && setTitleStyle(s));
    return () => {
      current = false;
    };
  }, []);

  function chooseTitleStyle(style: TitleStyle) {
    setTitleStyle(style);
    void setSetting(getDb(), TITLE_STYLE_KEY, style);
  }

  function read(text: string, what: string) {
    setProblem(null);
    if (text.trim() === '') return setProblem('Paste the minutes, or choose a file, first.');
    if (text.length > MAX_PASTE) return setProblem(`${what} is too long to be one meeting's minutes (over 5 million characters).`);
    const parsed = parseMinutes(text);
    const next = draftFromParsed(parsed, text, titleStyle);
    if (next.proposals.length === 0) {
      return setProblem(`No resolutions were found in ${what}. Check that it is the minutes of a meeting (with "Resolved" or "Recommendations" in it).`);
    }
    setSource(text);
    setDraft(next);
  }

  async function openFile(file: File) {
    setBusy(`Reading ${file.name}…`);
    try {
      const { text } = await readMinutesFile(file);
      read(text, file.name);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  // A file dropped on the window opened this dialog: read it straight away.
  useDroppedFile((file) => void openFile(file));

  async function runImport() {
    if (!draft) return;
    const problems = draftProblems(draft);
    if (problems.length > 0) return setProblem(problems.join(' '));
    setBusy('Importing…');
    try {
      await backupBeforeImport();
      const result = await importMinutes(getDb(), importRequest(draft));
      const ui = useUi.getState();
      const updated = result.updated ? `, updated ${countOf(result.updated, 'resolution')} to the minutes' words` : '';
      const same = result.same ? `; ${result.same} already in the tracker were left as they were` : '';
      ui.notify(`Imported ${countOf(result.added, 'resolution')} from the minutes${updated}${same}.`);
      if (result.committeeId) ui.setFilter({ committeeId: result.committeeId, from: draft.meetingDate, to: draft.meetingDate });
      close();
    } catch (error) {
      setProblem(`The minutes could not be imported: ${describeError(error)} Nothing was imported.`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <FullScreenDialog title={draft ? 'Review the resolutions found' : 'Import minutes'} onClose={close}>
      {!draft ? (
        <div className="minutes-input">
          <p>
            Paste the minutes of a meeting, or choose the file (.docx, .pdf or .txt), or drop it on the window. The resolutions found are
            shown beside the text for you to check before anything is added.
          </p>
          <div className="field">
            <label htmlFor="minutes-text">The minutes</label>
            <textarea id="minutes-text" rows={16} value={source} onChange={(e) => setSource(e.target.value)} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="minutes-file">Or choose a file</label>
            <input id="minutes-file" type="file" accept=".docx,.pdf,.txt,text/plain,application/pdf" onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])} />
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          {busy && <p role="status">{busy}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={() => read(source, 'the pasted text')} disabled={!!busy}>
              Find the resolutions
            </button>
          </div>
        </div>
      ) : (
        <ReviewPane
          source={source}
          draft={draft}
          onChange={setDraft}
          onBack={() => setDraft(null)}
          onImport={() => void runImport()}
          problem={problem}
          busy={busy}
          titleStyle={titleStyle}
          onTitleStyle={chooseTitleStyle}
        />
      )}
    </FullScreenDialog>
  );
}
