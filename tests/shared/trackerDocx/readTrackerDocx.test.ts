// readTrackerDocx: the three Word formats, written by the app's own builders from the examples,
// read back with the examples' counts and words; and a hand-made table with merged cells.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import responsesJson from '../../fixtures/herefordshire-cypsc-tracker-2021.json';
import { buildAppendixDocx, buildResponsesDocx, buildScheduleDocx } from '../../../shared/docx/index';
import { readInterchange } from '../../../shared/interchange/readInterchange';
import type { Tracker } from '../../../shared/model/types';
import { buildFromLayouts, groupLayouts, guessLayoutMapping, prepareTable } from '../../../shared/tabular/index';
import { committeeFromTitle, dateHeading, MEETING_ABOVE_HEADING, readTrackerDocx } from '../../../shared/trackerDocx/index';

const CYP = 'Children and Young People Scrutiny Committee';

/** The recommendations in print order, with their meeting and item. */
function flat(tracker: Tracker) {
  const meetings = [...tracker.meetings].sort((a, b) => a.date.localeCompare(b.date));
  return meetings.flatMap((m) =>
    tracker.items
      .filter((i) => i.meetingId === m.id)
      .sort((a, b) => a.position - b.position)
      .flatMap((i) =>
        tracker.recommendations
          .filter((r) => r.itemId === i.id)
          .sort((a, b) => a.position - b.position)
          .map((r) => ({ date: m.date, item: i.title, label: r.label, text: r.text, outcome: r.responseOutcome, response: r.responseText, action: r.action, status: r.status })),
      ),
  );
}

function counts(tracker: Tracker) {
  return { committees: tracker.committees.length, meetings: tracker.meetings.length, items: tracker.items.length, recommendations: tracker.recommendations.length };
}

describe('readTrackerDocx on the three formats the app writes', () => {
  it('reads the appendix (seed 000) back: 9 meetings, 17 items, 49 recommendations, with labels, outcomes and responses', async () => {
    const original = readInterchange(appendixJson);
    const read = await readTrackerDocx(await buildAppendixDocx(original));
    expect(read.format).toBe('appendix');
    expect(read.committeeName).toBe(CYP);
    expect(read.problems).toEqual([]);
    expect(counts(read.tracker)).toEqual({ committees: 1, meetings: 9, items: 17, recommendations: 49 });
    const back = flat(read.tracker);
    const want = flat(original);
    expect(back.map((r) => [r.date, r.item, r.label, r.text, r.outcome, r.response])).toEqual(want.map((r) => [r.date, r.item, r.label, r.text, r.outcome, r.response]));
    expect(back.filter((r) => r.outcome === 'Partially accepted')).toHaveLength(4);
    expect(read.tracker.committees[0]!.name).toBe(CYP);
  });

  it('reads the schedule (seed 003) back: 8 meetings, 18 items, 39 recommendations, with actions and statuses', async () => {
    const original = readInterchange(scheduleJson);
    const read = await readTrackerDocx(await buildScheduleDocx(original));
    expect(read.format).toBe('schedule');
    expect(read.committeeName).toBe(CYP);
    expect(read.problems).toEqual([]);
    expect(counts(read.tracker)).toEqual({ committees: 1, meetings: 8, items: 18, recommendations: 39 });
    const pick = (r: ReturnType<typeof flat>[number]) => [r.date, r.item, r.text, r.action, r.status];
    expect(flat(read.tracker).map(pick)).toEqual(flat(original).map(pick));
    expect(flat(read.tracker).filter((r) => r.status === 'completed')).toHaveLength(10);
  });

  it('reads the responses tracker (seed 001) back: 6 meetings, 11 items, 40 recommendations, one each from a shared cell', async () => {
    const original = readInterchange(responsesJson);
    const read = await readTrackerDocx(await buildResponsesDocx(original));
    expect(read.format).toBe('responses');
    expect(read.committeeName).toBe(CYP);
    expect(counts(read.tracker)).toEqual({ committees: 1, meetings: 6, items: 11, recommendations: 40 });
    const back = flat(read.tracker);
    const want = flat(original);
    expect(back.map((r) => [r.date, r.item, r.label, r.text])).toEqual(want.map((r) => [r.date, r.item, r.label, r.text]));
    // One response for the whole item is repeated on each recommendation, as the example's notes say.
    const schools = back.filter((r) => r.item === 'Schools Update');
    expect(schools).toHaveLength(6);
    expect(new Set(schools.map((r) => r.response))).toEqual(new Set([want[0]!.response]));
    // Labelled responses go to their own recommendation; one for each go in order.
    const bromyard = back.filter((r) => r.item.startsWith('Provision of children centre service'));
    expect(bromyard.map((r) => r.response)).toEqual(want.filter((r) => r.item.startsWith('Provision of children centre service')).map((r) => r.response));
    const strategy = back.filter((r) => r.item.startsWith('Herefordshire capital investment strategy'));
    expect(strategy.map((r) => r.response)).toEqual(want.filter((r) => r.item.startsWith('Herefordshire capital investment strategy')).map((r) => r.response));
    // Five answers for six recommendations cannot be shared out safely: kept whole, and said.
    expect(read.problems).toEqual([{ row: null, message: expect.stringMatching(/^Table \d+, row \d+: the response has 5 parts for 6 recommendations/) }]);
    const plan = back.filter((r) => r.item === "Children's Services Improvement Plan");
    expect(plan[0]!.response).toContain('Noted.');
    expect(plan[0]!.response).toContain('The improvement advisor');
  });

  it('takes the committee name given in place of the title\'s', async () => {
    const read = await readTrackerDocx(await buildScheduleDocx(readInterchange(scheduleJson)), { committeeName: 'Children and Families Scrutiny Committee' });
    expect(read.tracker.committees.map((c) => c.name)).toEqual(['Children and Families Scrutiny Committee']);
    expect(read.committeeName).toBe(CYP);
  });
});

// ---- A hand-made document: the XML Word writes, with merged and spanned cells. ----

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${text.split('\n').map((t, i) => `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  // Only the heading style: its name, not its id, is what makes a paragraph a heading.
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style></w:styles>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readTrackerDocx on hand-made documents', () => {
  it('reads a schedule whose meeting, item and status cells are merged down, spanned or left blank', async () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const body =
      p('Schedule of Adults and Wellbeing Scrutiny Committee recommendations made and actions in response', 'Heading1') +
      tbl(
        tr(tc(p('Meeting')), tc(p('item')), tc(p('Recommendations')), tc(p('Action')), tc(p('Status'))),
        tr(tc(p('15 July 2019'), restart), tc(p('Care leavers'), restart), tc(p('a) A briefing note is provided.')), tc(p('Circulated')), tc(p('Completed'), restart)),
        tr(tc('', cont), tc('', cont), tc(p('b) A letter is sent to the trust.')), tc(p('Sent')), tc('', cont)),
        tr(tc('', cont), tc(p('Fostering')), tc(p('A session is organised.')), tc(p('')), tc(p('Ongoing'))),
        // The headings again after a page break, then a row whose date spans the item column too.
        tr(tc(p('Meeting')), tc(p('item')), tc(p('Recommendations')), tc(p('Action')), tc(p('Status'))),
        tr(tc(p('16/09/2019'), '<w:gridSpan w:val="2"/>'), tc(p('Endorses the plan.\nAsks for an addendum.')), tc(p('')), tc(p('Stalled'))),
        tr(tc(p('')), tc(p('')), tc(p('Requests a visit.')), tc(p('')), tc(p(''))),
      );
    const read = await readTrackerDocx(await docx(body));
    expect(read.format).toBe('schedule');
    expect(read.committeeName).toBe('Adults and Wellbeing Scrutiny Committee');
    expect(counts(read.tracker)).toEqual({ committees: 1, meetings: 2, items: 3, recommendations: 5 });
    expect(flat(read.tracker).map((r) => [r.date, r.item, r.label, r.text, r.status])).toEqual([
      ['2019-07-15', 'Care leavers', 'a', 'A briefing note is provided.', 'completed'],
      ['2019-07-15', 'Care leavers', 'b', 'A letter is sent to the trust.', 'completed'],
      ['2019-07-15', 'Fostering', '', 'A session is organised.', 'in-progress'],
      ['2019-09-16', '', '', 'Endorses the plan.\nAsks for an addendum.', 'open'],
      ['2019-09-16', '', '', 'Requests a visit.', 'open'],
    ]);
    expect(read.problems).toEqual([{ row: null, message: expect.stringMatching(/^Table 1, row 6: the status "Stalled" is not one the tracker knows/) }]);
    expect(read.tracker.recommendations[3]!.notes).toBe('Status as written: Stalled');
  });

  it('reads an appendix laid out with plain paragraphs, and a table split in two under one item', async () => {
    const head = tr(tc(p('Rec.')), tc(p('Recommendation')), tc(p('Accepted/Rejected')), tc(p('Response')));
    const body =
      p('Appendix B: recommendations made by the Audit and Governance Committee, 2024') +
      p('Tuesday 23 January 2024') +
      p('Treasury management strategy') +
      tbl(head, tr(tc(p('1.')), tc(p('That the limits are reviewed.')), tc(p('Partly Accepted')), tc(p('In part.')))) +
      tbl(head, tr(tc(p('2.')), tc(p('That members are trained.')), tc(p('Agreed')), tc(p('Booked.')))) +
      p('Meeting held on 12/03/2024') +
      p('Internal audit plan', 'Heading3') +
      p('A note under the heading that is not the item.') +
      tbl(head, tr(tc(p('(a)')), tc(p('That the plan is approved.')), tc(p('')), tc(p(''))));
    const read = await readTrackerDocx(await docx(body));
    expect(read.format).toBe('appendix');
    expect(read.committeeName).toBe('Audit and Governance Committee');
    expect(read.problems).toEqual([]);
    expect(flat(read.tracker).map((r) => [r.date, r.item, r.label, r.text, r.outcome])).toEqual([
      ['2024-01-23', 'Treasury management strategy', '1', 'That the limits are reviewed.', 'Partially accepted'],
      ['2024-01-23', 'Treasury management strategy', '2', 'That members are trained.', 'Accepted'],
      ['2024-03-12', 'Internal audit plan', 'a', 'That the plan is approved.', ''],
    ]);
    expect(read.tracker.items).toHaveLength(2);
  });

  it('reads a responses tracker whose entries are parted by blank paragraphs, the date in the first row', async () => {
    const body =
      p('Recommendation tracker') +
      tbl(
        tr(tc(p('5 August 2021'), '<w:gridSpan w:val="3"/>')),
        tr(tc(p('Item')), tc(p('Recommendations')), tc(p('Executive responses / update'))),
        tr(tc(p('Youth Justice Plan')), tc(p('The plan is endorsed.') + p('') + p('For next year the committee recommends:') + p('more consultation;') + p('evidence on staff.')), tc(p('To Council in October.'))),
      );
    const read = await readTrackerDocx(await docx(body), { committeeName: 'Children and Young People Scrutiny Committee' });
    expect(read.format).toBe('responses');
    expect(read.committeeName).toBe('');
    expect(flat(read.tracker).map((r) => [r.date, r.item, r.text, r.response])).toEqual([
      ['2021-08-05', 'Youth Justice Plan', 'The plan is endorsed.', 'To Council in October.'],
      ['2021-08-05', 'Youth Justice Plan', 'For next year the committee recommends:\nmore consultation;\nevidence on staff.', 'To Council in October.'],
    ]);
  });

  it('says when a document holds no table of recommendations, and names the committee it could not find', async () => {
    const read = await readTrackerDocx(await docx(p('Minutes of the meeting') + tbl(tr(tc(p('Present')), tc(p('Cllr Smith'))))));
    expect(read.format).toBeNull();
    expect(read.tracker.recommendations).toEqual([]);
    expect(read.problems[0]!.message).toMatch(/^No table of recommendations was found/);
    const unnamed = await readTrackerDocx(await docx(tbl(tr(tc(p('Date')), tc(p('Recommendation'))), tr(tc(p('1/2/2024')), tc(p('Do it.'))))));
    expect(unnamed.tracker.recommendations).toEqual([]);
    expect(unnamed.problems).toEqual([{ row: null, message: "1 recommendation names no committee, so it was left out: give the committee's name." }]);
  });

  it('hands a table in another council\'s layout to the mapping step, merged cells carried down and the date above it as a column', async () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const body =
      p('Scrutiny Committee Recommendation Action and Implementation Plan') +
      p('Committee: Corporate Services Overview and Scrutiny Committee') +
      p('6 November 2012') +
      tbl(
        tr(tc(p('Recommendation')), tc(p('Cabinet Member')), tc(p('Response')), tc(p('Timetable')), tc(p('Lead Officer'))),
        tr(tc(p('Replace "direction of travel" with "trend".')), tc(p('Cllr Hotson'), restart), tc(p('Agreed in part.')), tc(p('March 2013')), tc(p('Clare Wood'))),
        tr(tc(p('Publish the indicators monthly.')), tc('', cont), tc(p('Not agreed: quarterly is enough.'), '<w:gridSpan w:val="2"/>'), tc(p('Clare Wood'))),
      );
    const read = await readTrackerDocx(await docx(body));
    expect(read.format).toBe('table');
    expect(read.tracker.recommendations).toEqual([]);
    expect(read.tables).toHaveLength(1);
    const table = prepareTable(read.tables![0]!)!;
    expect(table.headers).toEqual(['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer', MEETING_ABOVE_HEADING]);
    expect(table.rows).toEqual([
      ['Replace "direction of travel" with "trend".', 'Cllr Hotson', 'Agreed in part.', 'March 2013', 'Clare Wood', '2012-11-06'],
      ['Publish the indicators monthly.', 'Cllr Hotson', 'Not agreed: quarterly is enough.', '', 'Clare Wood', '2012-11-06'],
    ]);
    const layouts = groupLayouts([table]);
    const mapping = guessLayoutMapping(layouts[0]!);
    expect(mapping).toEqual(['text', 'cabinetMember', 'responseText', 'targetDate', 'leadOfficer', 'meetingDate']);
    const { tracker } = buildFromLayouts(layouts, [mapping], { committeeName: 'Corporate Services Overview and Scrutiny Committee' });
    expect(tracker.meetings.map((m) => m.date)).toEqual(['2012-11-06']);
    expect(tracker.recommendations.map((r) => [r.addresseeName, r.leadOfficer, r.targetDate])).toEqual([
      ['Cllr Hotson', 'Clare Wood', ''],
      ['Cllr Hotson', 'Clare Wood', ''],
    ]);
  });

  it('refuses what is not a Word document, in words about trackers', async () => {
    await expect(readTrackerDocx(new TextEncoder().encode('Meeting,Item\n'))).rejects.toThrow(/not a Word document \(\.docx\), so no tracker can be read from it/);
  });
});

describe('headings and titles', () => {
  it.each([
    ['26 September 2023', { date: '2023-09-26', committee: '' }],
    ['Tuesday 26 September 2023', { date: '2023-09-26', committee: '' }],
    ['Meeting held on 26/09/2023', { date: '2023-09-26', committee: '' }],
    ['26 September 2023 — Audit Committee', { date: '2023-09-26', committee: 'Audit Committee' }],
    ['Budget 2023 (26 September 2023)', null],
    ['September 2023 — March 2025', null],
  ])('reads "%s" as a date heading: %j', (text, want) => {
    expect(dateHeading(text)).toEqual(want);
  });

  it.each([
    ['Appendix 1 Recommendations made by Children and Young People Scrutiny Committee', CYP],
    ['Schedule of Children and Young People Scrutiny Committee recommendations made and actions in response', CYP],
    ['Children and Young People Scrutiny Committee, schedule of recommendations and responses', CYP],
    ['Health Scrutiny Panel: recommendation tracker', 'Health Scrutiny Panel'],
    ['Recommendation tracker', ''],
  ])('finds the committee in "%s"', (title, name) => {
    expect(committeeFromTitle(title)).toBe(name);
  });
});
