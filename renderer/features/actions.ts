// What the officer's gestures do to the tracker: each writes through the database module, pushes its
// undo and says what happened. UI components call these rather than the database directly.
import {
  deleteToBin,
  describeError,
  getDb,
  importTracker,
  restoreFromBin,
  updateRecommendation,
  type DeleteTarget,
  type RecommendationChanges,
} from '../db/index';
import { explainProblem, jsonTooDeep, jsonTooDeepMessage, readInterchange } from '../../shared/index';
import { useUi } from '../state/ui';
import { useUndo } from '../state/undo';
import { backupBeforeImport } from './backup/backupActions';

function fail(error: unknown): void {
  useUi.getState().notify(describeError(error), 'error');
}

/**
 * Saves changed fields of a recommendation (kept in its history, with `reason` where given); quick
 * successive edits of a field undo together.
 */
export async function saveRecommendation(id: string, changes: RecommendationChanges, options: { reason?: string } = {}): Promise<boolean> {
  const db = getDb();
  try {
    const before = await updateRecommendation(db, id, changes, options);
    const fields = Object.keys(changes).sort().join(',');
    useUndo.getState().push({
      label: 'edit',
      mergeKey: `${id}:${fields}`,
      undo: async () => void (await updateRecommendation(db, id, before, { reason: 'Undone' })),
      redo: async () => void (await updateRecommendation(db, id, changes, options)),
    });
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}

/** Records any other change (a committee, meeting or item field) with its undo. */
export async function saveWithUndo(label: string, mergeKey: string, apply: () => Promise<void>, revert: () => Promise<void>): Promise<boolean> {
  try {
    await apply();
    useUndo.getState().push({ label, mergeKey, undo: revert, redo: apply });
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}

/**
 * Deletes a record to the bin, with its undo. A committee, meeting or agenda item takes every
 * recommendation under it along, so it is only deleted once the officer has confirmed (the
 * confirmation says how many go with it); `confirmed` is passed by that confirmation.
 */
export async function deleteRecord(target: DeleteTarget, options: { confirmed?: boolean } = {}): Promise<void> {
  if (target.kind !== 'recommendation' && !options.confirmed) {
    useUi.getState().askToDelete(target);
    return;
  }
  const db = getDb();
  try {
    let entry = await deleteToBin(db, target);
    const ui = useUi.getState();
    if (ui.selection?.id === target.id) ui.select(null);
    useUndo.getState().push({
      label: `delete of ${entry.summary.toLowerCase()}`,
      undo: async () => void (await restoreFromBin(db, entry.id)),
      redo: async () => {
        entry = await deleteToBin(db, target);
      },
    });
    ui.notify(`${entry.summary} deleted.`, 'info', true);
  } catch (error) {
    fail(error);
  }
}

export async function undo(): Promise<void> {
  try {
    const label = await useUndo.getState().undo();
    useUi.getState().notify(label ? `Undone: ${label}.` : 'There is nothing to undo.');
  } catch (error) {
    fail(error);
  }
}

export async function redo(): Promise<void> {
  try {
    const label = await useUndo.getState().redo();
    useUi.getState().notify(label ? `Redone: ${label}.` : 'There is nothing to redo.');
  } catch (error) {
    fail(error);
  }
}

/** Reads an interchange JSON text and adds it to the tracker; the message says what was added. */
export async function importInterchangeText(text: string, what: string): Promise<boolean> {
  let json: unknown;
  if (jsonTooDeep(text)) {
    useUi.getState().notify(`${jsonTooDeepMessage(what)} Nothing was imported.`, 'error');
    return false;
  }
  try {
    json = JSON.parse(text);
  } catch {
    useUi.getState().notify(`${what} is not a tracker file: it is not valid JSON. Nothing was imported.`, 'error');
    return false;
  }
  try {
    const tracker = readInterchange(json);
    await backupBeforeImport();
    const summary = await importTracker(getDb(), tracker);
    const ui = useUi.getState();
    const added = `${summary.recommendations} recommendation${summary.recommendations === 1 ? '' : 's'}`;
    const skipped = summary.skipped ? ` ${summary.skipped} already in the tracker were left as they were.` : '';
    ui.notify(`Imported ${added} from ${what}.${skipped}`);
    if (summary.committeeIds[0]) ui.setFilter({ committeeId: summary.committeeIds[0] });
    return true;
  } catch (error) {
    // In plain English: a message is short-lived, so the reader's technical path is not shown in it.
    const { summary } = explainProblem(describeError(error));
    useUi.getState().notify(`${what} could not be imported: ${summary.replace(/\.$/, '')}. Nothing was imported.`, 'error');
    return false;
  }
}
