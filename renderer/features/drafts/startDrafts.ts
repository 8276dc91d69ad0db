// Wires the drafts safety net into the app: replays the journal at start, flushes pending edits when
// the page is left, and answers the desktop app's "save before closing" request.
import { describeError, getDb, updateCommittee, updateItem, updateMeeting, type EditableField } from '../../db/index';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui';
import { saveRecommendation } from '../actions';
import { flushPendingEdits, flushWhenLeaving } from './flush';
import { draftJournal, type DraftEntry } from './journal';
import { replayDrafts } from './replay';

const PARENT_FIELDS = { committee: ['name', 'council'], meeting: ['date', 'venue'], item: ['number', 'title'] } as const;

async function applyDraft({ target, value }: DraftEntry): Promise<boolean> {
  if (target.kind === 'recommendation') return saveRecommendation(target.id, { [target.field as EditableField]: value });
  if (!(PARENT_FIELDS[target.kind] as readonly string[]).includes(target.field)) return false;
  const db = getDb();
  const changes = { [target.field]: value };
  try {
    if (target.kind === 'committee') await updateCommittee(db, target.id, changes);
    else if (target.kind === 'meeting') await updateMeeting(db, target.id, changes);
    else await updateItem(db, target.id, changes);
    return true;
  } catch (error) {
    useUi.getState().notify(describeError(error), 'error');
    return false;
  }
}

/** Saves what was typed just before the app was last reloaded or closed, and says so. */
export async function replayUnsavedEdits(): Promise<void> {
  try {
    const { applied, stale } = await replayDrafts(getDb(), draftJournal, applyDraft);
    const notify = useUi.getState().notify;
    if (applied.length > 0) notify(`Saved ${applied.length === 1 ? 'an edit' : `${applied.length} edits`} typed just before the app last closed.`);
    if (stale.length > 0) notify(`${stale.length === 1 ? 'An edit' : `${stale.length} edits`} typed just before the app last closed ${stale.length === 1 ? 'was' : 'were'} not saved: the field had been changed since.`, 'error');
  } catch (error) {
    useUi.getState().notify(`Edits typed before the app last closed could not be saved: ${describeError(error)}`, 'error');
  }
}

/** Starts flushing pending edits on leaving the page and on the desktop app's request. */
export function installDraftSaving(): () => void {
  const stopLeaving = flushWhenLeaving(window, document);
  const stopRequests = platform.onFlushRequest(flushPendingEdits);
  return () => {
    stopLeaving();
    stopRequests();
  };
}
