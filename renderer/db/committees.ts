// Creating and editing committees.
import { newId, nowIso, type Committee } from '../../shared/index';
import type { TrackerDb } from './database';
import { TrackerError } from './errors';
import { requireText } from './validate';

export async function createCommittee(db: TrackerDb, input: { name: string; council?: string }): Promise<Committee> {
  const name = requireText(input.name, 'The committee name');
  const stamp = nowIso();
  const committee: Committee = { id: newId(), createdAt: stamp, updatedAt: stamp, name, council: input.council?.trim() ?? '' };
  await db.transaction('rw', db.committees, async () => {
    const clash = await db.committees.where('name').equalsIgnoreCase(name).count();
    if (clash > 0) throw new TrackerError(`There is already a committee called "${name}".`);
    await db.committees.add(committee);
  });
  return committee;
}

export async function updateCommittee(db: TrackerDb, id: string, changes: Partial<Pick<Committee, 'name' | 'council'>>): Promise<void> {
  const patch: Partial<Committee> = { updatedAt: nowIso() };
  if (changes.name !== undefined) patch.name = requireText(changes.name, 'The committee name');
  if (changes.council !== undefined) patch.council = changes.council.trim();
  const done = await db.committees.update(id, patch);
  if (done === 0) throw new TrackerError('That committee is no longer in the tracker.');
}
