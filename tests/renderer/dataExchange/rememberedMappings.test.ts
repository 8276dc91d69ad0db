// Remembered column mappings: stored against the headings in the settings table, found again
// whatever the headings' case, and passed over when what is stored no longer fits.
import { describe, expect, it } from 'vitest';
import { groupLayouts, prepareTable } from '../../../shared/index';
import { setSetting } from '../../../renderer/db/index';
import { MAPPING_SETTING_PREFIX, recallMappings, rememberMappings } from '../../../renderer/features/dataExchange/rememberedMappings';
import { freshDb } from '../db/helpers';

const layoutOf = (headers: string[]) => groupLayouts([prepareTable({ name: 'S', rows: [headers, headers.map(() => 'x')] })!])[0]!;

describe('remembered mappings', () => {
  it('remembers a confirmed mapping and finds it for the same headings next time', async () => {
    const db = await freshDb();
    const layout = layoutOf(['Ref', 'Recommendation', 'Cabinet Member']);
    await rememberMappings(db, [layout], { mappings: { [layout.key]: ['label', 'text', 'notes'] }, dateFormat: 'mdy', committeeName: ' Place ', tableNameIsCommittee: false }, new Date('2026-12-07T10:00:00Z'));
    const again = layoutOf(['REF', 'recommendation', 'Cabinet  member']);
    const found = await recallMappings(db, [again]);
    expect(found.get(again.key)).toEqual({ mapping: ['label', 'text', 'notes'], dateFormat: 'mdy', committeeName: 'Place', tableNameIsCommittee: false, confirmedAt: '2026-12-07T10:00:00.000Z' });
    expect((await recallMappings(db, [layoutOf(['Ref', 'Recommendation'])])).size).toBe(0);
  });

  it('passes over a stored value of the wrong shape', async () => {
    const db = await freshDb();
    const layout = layoutOf(['Ref', 'Recommendation']);
    await setSetting(db, `${MAPPING_SETTING_PREFIX}${layout.key}`, { mapping: ['label', 'nonsense'], dateFormat: 'dmy', committeeName: '', tableNameIsCommittee: false, confirmedAt: 'x' });
    expect((await recallMappings(db, [layout])).size).toBe(0);
  });
});
