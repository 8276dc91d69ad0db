// buildResponsesDocx: the 2021 Herefordshire tracker (seed 001) as one table per meeting date, an item's recommendations in one cell.
import { describe, expect, it } from 'vitest';
import trackerJson from '../../fixtures/herefordshire-cypsc-tracker-2021.json';
import { buildResponsesDocx, formatLongDate, newId, readInterchange } from '../../../shared/index';
import { asLines, headings, openDocx, paragraphs, tables } from './docxXml';

interface JsonRec {
  label: string | null;
  text: string;
  response?: string | null;
}
const json = trackerJson as unknown as { meetings: { date: string; items: { title: string; recommendations: JsonRec[] }[] }[] };

describe('buildResponsesDocx on the 2021 Herefordshire tracker', () => {
  const tracker = readInterchange(trackerJson);

  it('prints one table per meeting: the date row and the column headings, both repeated on each page', async () => {
    const { document } = await openDocx(await buildResponsesDocx(tracker, { version: 2 }));
    expect(headings(document, 1)).toEqual(['Children and Young People Scrutiny Committee, schedule of recommendations and responses']);
    const dates = json.meetings.map((m) => formatLongDate(m.date));
    expect(headings(document, 2)).toEqual(dates);
    const found = tables(document);
    expect(found).toHaveLength(json.meetings.length);
    found.forEach((table, t) => {
      const [dateRow, head] = table.rows;
      expect(dateRow!.cells).toHaveLength(1);
      expect(dateRow!.cells[0]!.span).toBe(3);
      expect(dateRow!.cells[0]!.text).toBe(dates[t]);
      expect(head!.cells.map((c) => c.text)).toEqual(['Item', 'Recommendations', 'Executive responses / update']);
      expect([dateRow!.header, head!.header]).toEqual([true, true]);
      expect(table.rows.slice(2).every((r) => !r.header)).toBe(true);
    });
  });

  it("puts an item's recommendations together in one cell, one row per item", async () => {
    const { document } = await openDocx(await buildResponsesDocx(tracker));
    const found = tables(document);
    json.meetings.forEach((meeting, t) => {
      const body = found[t]!.rows.slice(2);
      expect(body.map((r) => r.cells[0]!.text)).toEqual(meeting.items.map((i) => i.title));
      meeting.items.forEach((item, i) => {
        const expected = item.recommendations.map((r) => (r.label ? `${r.label}) ` : '') + asLines(r.text)).join('\n');
        expect(body[i]!.cells[1]!.text).toBe(expected);
      });
    });
    // Schools Update: six recommendations in one cell, six paragraphs.
    const schools = found[0]!.rows[2]!;
    expect(paragraphs(schools.cells[1]!.xml)).toHaveLength(6);
  });

  it('prints a response shared by the whole row once, and separate responses in order with their labels', async () => {
    const { document } = await openDocx(await buildResponsesDocx(tracker));
    const found = tables(document);
    const schools = found[0]!.rows[2]!;
    expect(schools.cells[2]!.text).toBe('An update briefing on the recommendations relating to the schools update will be circulated.');
    // 19 January 2021: two labelled recommendations with responses of their own.
    const bromyard = found[1]!.rows[2]!.cells[2]!.text.split('\n');
    expect(bromyard[0]).toMatch(/^1\) A decision was taken on 19 February 2021/);
    expect(bromyard.some((line) => line.startsWith('2) The forward plan will be monitored'))).toBe(true);
  });

  it('adds progress updates after the response, oldest first, unless told not to', async () => {
    const copy = structuredClone(tracker);
    const rec = copy.recommendations.find((r) => r.text.startsWith('That the mental health and wellbeing survey'))!;
    const stamp = '2026-01-01T00:00:00.000Z';
    copy.progressUpdates.push(
      { id: newId(), createdAt: stamp, updatedAt: stamp, recommendationId: rec.id, date: '2021-11-02', text: 'Survey results circulated.' },
      { id: newId(), createdAt: stamp, updatedAt: stamp, recommendationId: rec.id, date: '2021-09-14', text: 'Survey closed.' },
    );
    const text = (await openDocx(await buildResponsesDocx(copy))).document;
    const a = text.indexOf('Update, 14 September 2021: Survey closed.');
    const b = text.indexOf('Update, 2 November 2021: Survey results circulated.');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    const without = (await openDocx(await buildResponsesDocx(copy, { includeUpdates: false }))).document;
    expect(without).not.toContain('Survey closed.');
  });

  it('lets a tall row break across pages but keeps short rows whole', async () => {
    const { document } = await openDocx(await buildResponsesDocx(tracker));
    const rows = tables(document).flatMap((t) => t.rows.slice(2));
    const short = rows.find((r) => r.cells[0]!.text === 'Looked After Children Performance Report')!;
    expect(short.cantSplit).toBe(true);
    // The Bromyard row runs to most of a landscape page.
    expect(rows[1]!.cantSplit).toBe(false);
  });
});
