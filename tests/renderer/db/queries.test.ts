// The table's queries on the Herefordshire example: filters, text search, order, and importing twice.
import { describe, expect, it } from 'vitest';
import { readInterchange } from '../../../shared/index';
import { importTracker, loadRows, queryRecommendationIds, createCommittee } from '../../../renderer/db/index';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { exampleDb } from './helpers';

type Rec = { text: string; response_outcome?: string | null };
const allRecs: Rec[] = example.meetings.flatMap((m) => m.items.flatMap((i) => i.recommendations as Rec[]));

const total = example.meetings.reduce((n, m) => n + m.items.reduce((k, i) => k + i.recommendations.length, 0), 0);

describe('queryRecommendationIds', () => {
  it('lists every recommendation in meeting, item and label order', async () => {
    const db = await exampleDb();
    const ids = await queryRecommendationIds(db, {});
    expect(ids).toHaveLength(total);
    const rows = await loadRows(db, ids);
    const printed = example.meetings.flatMap((m) => m.items.flatMap((i) => i.recommendations.map((r) => r.text)));
    expect(rows.map((r) => r.text)).toEqual(printed);
    const desc = await loadRows(db, await queryRecommendationIds(db, {}, 'meeting-desc'));
    expect(desc[0]!.sortKey >= desc.at(-1)!.sortKey).toBe(true);
  });

  it('filters by committee, meeting dates, outcome, status and addressee', async () => {
    const db = await exampleDb();
    const other = await createCommittee(db, { name: 'Adults and Wellbeing Scrutiny Committee' });
    const committeeId = (await db.committees.where('name').startsWith('Children').first())!.id;
    expect(await queryRecommendationIds(db, { committeeId: other.id })).toEqual([]);
    expect(await queryRecommendationIds(db, { committeeId })).toHaveLength(total);

    const in2024 = await loadRows(db, await queryRecommendationIds(db, { from: '2024-01-01', to: '2024-12-31' }));
    const expected2024 = example.meetings.filter((m) => m.date.startsWith('2024')).reduce((n, m) => n + m.items.reduce((k, i) => k + i.recommendations.length, 0), 0);
    expect(in2024).toHaveLength(expected2024);
    expect(in2024.every((r) => r.sortKey.startsWith('2024'))).toBe(true);

    const rejected = await loadRows(db, await queryRecommendationIds(db, { outcomes: ['Rejected'] }));
    expect(rejected.length).toBe(allRecs.filter((r) => r.response_outcome === 'Rejected').length);
    expect(rejected.length).toBeGreaterThan(0);

    const council = await loadRows(db, await queryRecommendationIds(db, { addressees: ['council'] }));
    expect(council.length).toBeGreaterThan(0);
    expect(council.every((r) => /council/i.test(r.text))).toBe(true);
    expect(await queryRecommendationIds(db, { statuses: ['completed'] })).toEqual([]);
  });

  it('finds recommendations by words of their text or response, typed from the start of a word', async () => {
    const db = await exampleDb();
    const hits = await loadRows(db, await queryRecommendationIds(db, { text: 'restorative' }));
    expect(hits).toHaveLength(3);
    expect(hits.every((r) => /restorative/i.test(r.text + r.responseText + r.notes))).toBe(true);
    expect(hits[0]!.text).toContain('workshop on restorative/relational practice');
    const prefix = await loadRows(db, await queryRecommendationIds(db, { text: 'RESTOR' }));
    expect(prefix.length).toBeGreaterThanOrEqual(1);
    const both = await loadRows(db, await queryRecommendationIds(db, { text: 'workshop relational' }));
    expect(both).toHaveLength(1);
    expect(await queryRecommendationIds(db, { text: 'workshop zebra' })).toEqual([]);
    const inResponse = await loadRows(db, await queryRecommendationIds(db, { text: 'series training sessions' }));
    expect(inResponse.some((r) => r.responseText.includes('training sessions'))).toBe(true);
  });
});

describe('importTracker', () => {
  it('adds nothing twice when the same file is imported again', async () => {
    const db = await exampleDb();
    const again = await importTracker(db, readInterchange(example));
    expect(again).toMatchObject({ committees: 0, meetings: 0, items: 0, recommendations: 0, skipped: total });
    expect(await db.recommendations.count()).toBe(total);
  });

  it('tells how many recommendations are stored as each batch is, ending at the total; a dry run tells nothing', async () => {
    const db = await exampleDb();
    const recommendations = Array.from({ length: 4500 }, (_, i) => ({ label: String(i + 1), text: `Review library opening hours, part ${i + 1}.` }));
    const big = readInterchange({ committee: 'Communities Scrutiny Committee', meetings: [{ date: '2024-02-01', items: [{ title: 'Libraries', recommendations }] }] });
    const told: string[] = [];
    const onProgress = (stored: number, of: number) => void told.push(`${stored}/${of}`);
    await importTracker(db, big, { dryRun: true, onProgress });
    expect(told).toEqual([]);
    await importTracker(db, big, { onProgress });
    expect(told).toEqual(['2000/4500', '4000/4500', '4500/4500']);
  });

  it('says what an import would add without writing anything when asked for a dry run', async () => {
    const db = await exampleDb();
    const before = await db.recommendations.count();
    const more = readInterchange({ committee: 'Adults Scrutiny Committee', meetings: [{ date: '2024-01-09', items: [{ title: 'Care homes', recommendations: [{ label: '1', text: 'Review fees.' }] }] }] });
    expect(await importTracker(db, more, { dryRun: true })).toMatchObject({ committees: 1, meetings: 1, items: 1, recommendations: 1, skipped: 0 });
    expect(await importTracker(db, readInterchange(example), { dryRun: true })).toMatchObject({ recommendations: 0, skipped: total });
    expect(await db.recommendations.count()).toBe(before);
    expect(await db.committees.count()).toBe(1);
  });

  it('adds new items and recommendations to a meeting already there, after its own', async () => {
    const db = await exampleDb();
    const more = readInterchange({
      committee: 'Children and Young People Scrutiny Committee',
      meetings: [
        {
          date: '2023-09-26',
          items: [
            { title: 'Early Help', recommendations: [{ label: '2', text: 'A second early help recommendation.' }] },
            { title: 'Work programme', recommendations: [{ label: '1', text: 'Add SEND transport to the work programme.' }] },
          ],
        },
      ],
    });
    const summary = await importTracker(db, more);
    expect(summary).toMatchObject({ committees: 0, meetings: 0, items: 1, recommendations: 2, skipped: 0 });
    const meeting = (await db.meetings.where('date').equals('2023-09-26').first())!;
    const items = (await db.items.where('meetingId').equals(meeting.id).toArray()).sort((a, b) => a.position - b.position);
    expect(items.map((i) => i.title)).toEqual(['Early Help', 'New Herefordshire Local Transport Plan', 'Work programme']);
    const early = await loadRows(db, await queryRecommendationIds(db, { from: '2023-09-26', to: '2023-09-26' }));
    expect(early.map((r) => r.label)).toEqual(['1', '2', '1', '1']);
  });

  it('changes nothing when the file is broken halfway', async () => {
    const db = await exampleDb();
    const t = readInterchange(example);
    t.recommendations[5]!.itemId = 'nowhere';
    t.committees[0]!.name = 'A new committee';
    await expect(importTracker(db, t)).rejects.toThrow(/belongs to no agenda item/);
    expect(await db.committees.count()).toBe(1);
    expect(await db.recommendations.count()).toBe(total);
  });
});
