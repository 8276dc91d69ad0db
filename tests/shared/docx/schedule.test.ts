// buildScheduleDocx: the Herefordshire schedule (seed 003) as one table, each meeting and item printed once for its group.
import { describe, expect, it } from 'vitest';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import { buildScheduleDocx, formatLongDate, readInterchange } from '../../../shared/index';
import { asLines, headings, openDocx, tables } from './docxXml';

interface JsonRec {
  label: string | null;
  text: string;
  action?: string | null;
  status?: string | null;
}
const json = scheduleJson as unknown as { meetings: { date: string; items: { title: string; recommendations: JsonRec[] }[] }[] };

describe('buildScheduleDocx on the Herefordshire schedule', () => {
  const tracker = readInterchange(scheduleJson);

  it('prints the title and one table headed Meeting | Item | Recommendations | Action | Status', async () => {
    const { document } = await openDocx(await buildScheduleDocx(tracker, { author: 'Webb, Danial', version: 3 }));
    expect(headings(document, 1)).toEqual([
      'Schedule of Children and Young People Scrutiny Committee recommendations made and actions in response',
    ]);
    const found = tables(document);
    expect(found).toHaveLength(1);
    const [head, ...body] = found[0]!.rows;
    expect(head!.cells.map((c) => c.text)).toEqual(['Meeting', 'Item', 'Recommendations', 'Action', 'Status']);
    expect(head!.header).toBe(true);
    expect(body.every((r) => !r.header)).toBe(true);
    // Only a row too tall for a third of a page may break across pages (longRows.test.ts).
    expect(body.filter((r) => r.cantSplit).length).toBeGreaterThan(body.length - 5);
    expect(body).toHaveLength(json.meetings.flatMap((m) => m.items.flatMap((i) => i.recommendations)).length);
    expect(document).toMatch(/w:orient="landscape"/);
  });

  it('shows each meeting and each item once, merged down over the rows of its group', async () => {
    const { document } = await openDocx(await buildScheduleDocx(tracker));
    const body = tables(document)[0]!.rows.slice(1);
    let row = 0;
    for (const meeting of json.meetings) {
      meeting.items.forEach((item, itemIndex) => {
        item.recommendations.forEach((rec, recIndex) => {
          const cells = body[row]!.cells;
          const firstOfMeeting = itemIndex === 0 && recIndex === 0;
          expect(cells[0]!.text).toBe(firstOfMeeting ? formatLongDate(meeting.date) : '');
          expect(cells[0]!.merge).toBe(firstOfMeeting ? 'restart' : 'continue');
          expect(cells[1]!.text).toBe(recIndex === 0 ? item.title : '');
          expect(cells[1]!.merge).toBe(recIndex === 0 ? 'restart' : 'continue');
          expect(cells[2]!.text).toBe(asLines(rec.text));
          expect(cells[3]!.text).toBe(asLines(rec.action));
          row += 1;
        });
      });
    }
    expect(row).toBe(body.length);
    // Every meeting date appears exactly once in the whole document.
    for (const meeting of json.meetings) {
      expect(document.split(`>${formatLongDate(meeting.date)}<`)).toHaveLength(2);
    }
  });

  it('prints a status once for an item whose rows all share it, and on each row where they differ', async () => {
    const { document } = await openDocx(await buildScheduleDocx(tracker));
    const body = tables(document)[0]!.rows.slice(1);
    // 16 September 2019, "Accommodation based support service for care leavers": one row, Completed.
    const accommodation = body.find((r) => r.cells[1]!.text === 'Accommodation based support service for care leavers')!;
    expect(accommodation.cells[4]!.text).toBe('Completed');
    // The first item holds one Completed and four rows with no status (read as open): as in seed 003,
    // a status the council did not give prints blank, not "Open".
    expect(body.slice(0, 5).map((r) => r.cells[4]!.text)).toEqual(['Completed', '', '', '', '']);
    expect(body.slice(0, 5).every((r) => r.cells[4]!.merge === null)).toBe(true);

    // Mark the whole first item completed: the status is then printed once, merged down.
    const copy = structuredClone(tracker);
    const firstItem = copy.items.find((i) => i.title.startsWith('Corporate Parenting Annual Update'))!;
    for (const r of copy.recommendations.filter((x) => x.itemId === firstItem.id)) r.status = 'completed';
    const merged = tables((await openDocx(await buildScheduleDocx(copy))).document)[0]!.rows.slice(1, 6);
    expect(merged.map((r) => r.cells[4]!.text)).toEqual(['Completed', '', '', '', '']);
    expect(merged.map((r) => r.cells[4]!.merge)).toEqual(['restart', 'continue', 'continue', 'continue', 'continue']);
  });

  it("uses the council's own status wording and column headings, and portrait pages when asked", async () => {
    const { document } = await openDocx(
      await buildScheduleDocx(tracker, {
        orientation: 'portrait',
        statusLabels: { open: 'Outstanding' },
        columns: { item: 'item', action: 'Action taken' },
      }),
    );
    const [head, ...body] = tables(document)[0]!.rows;
    expect(head!.cells.map((c) => c.text)).toEqual(['Meeting', 'item', 'Recommendations', 'Action taken', 'Status']);
    expect(body.slice(0, 2).map((r) => r.cells[4]!.text)).toEqual(['Completed', 'Outstanding']);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });
});
