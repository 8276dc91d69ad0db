// What the exports include (committee, dates, which recommendations) and how they refuse bad options, in plain English.
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import {
  buildAppendixDocx,
  buildResponsesDocx,
  buildScheduleDocx,
  emptyTracker,
  readInterchange,
  selectForExport,
  type AppendixOptions,
} from '../../../shared/index';
import { headings, openDocx, paragraphText, paragraphs, mergeTrackers, smallTracker, tables, TINY_PNG } from './docxXml';

const hereford = readInterchange(appendixJson);
const adults = smallTracker();
const both = mergeTrackers(hereford, adults);
const CYPSC = 'Children and Young People Scrutiny Committee';
const AWSC = 'Adults and Wellbeing Scrutiny Committee';

describe('selectForExport', () => {
  it('keeps meetings by date, items and recommendations by position, whatever order the tracker holds them in', () => {
    const shuffled = structuredClone(hereford);
    shuffled.meetings.reverse();
    shuffled.items.reverse();
    shuffled.recommendations.reverse();
    const a = selectForExport(hereford);
    const b = selectForExport(shuffled);
    const shape = (s: typeof a) => s.meetings.map((m) => [m.meeting.date, m.items.map((i) => [i.item.title, i.recommendations.map((r) => r.text)])]);
    expect(shape(b)).toEqual(shape(a));
    expect(a.meetings.map((m) => m.meeting.date)).toEqual([...a.meetings.map((m) => m.meeting.date)].sort());
    expect(a.recommendationCount).toBe(hereford.recommendations.length);
  });

  it('picks a committee by id or by name, ignoring case and spacing', () => {
    const committee = both.committees.find((c) => c.name === AWSC)!;
    const byId = selectForExport(both, { committee: committee.id });
    const byName = selectForExport(both, { committee: '  adults and wellbeing   scrutiny committee ' });
    expect(byId.meetings.map((m) => m.meeting.date)).toEqual(['2024-02-01', '2024-04-10']);
    expect(byName.meetings.map((m) => m.meeting.id)).toEqual(byId.meetings.map((m) => m.meeting.id));
    expect(byName.committee?.id).toBe(committee.id);
    expect(selectForExport(both).committees.map((c) => c.name)).toEqual([CYPSC, AWSC]);
  });

  it('keeps meetings within the dates chosen, both ends included', () => {
    const s = selectForExport(hereford, { from: '2024-01-23', to: '2024-06-13' });
    expect(s.meetings.map((m) => m.meeting.date)).toEqual(['2024-01-23', '2024-03-12', '2024-05-07', '2024-06-13']);
    expect(selectForExport(hereford, { from: '2025-01-21' }).meetings.map((m) => m.meeting.date)).toEqual(['2025-01-21']);
    expect(selectForExport(hereford, { to: '2023-09-26' }).meetings.map((m) => m.meeting.date)).toEqual(['2023-09-26']);
  });

  it("'open' leaves out what is finished; 'awaiting' keeps only what still owes a response", () => {
    const open = selectForExport(adults, { which: 'open' });
    // The committee's own action went onto its work programme, so it is no longer open.
    expect(open.meetings.flatMap((m) => m.items.map((i) => i.item.title))).toEqual(['Hospital discharge', 'Carers strategy']);
    const awaiting = selectForExport(adults, { which: 'awaiting' });
    expect(awaiting.meetings.flatMap((m) => m.items.flatMap((i) => i.recommendations.map((r) => r.label)))).toEqual(['2']);
    expect(awaiting.meetings.map((m) => m.meeting.date)).toEqual(['2024-02-01']);
    // In the Herefordshire appendix only the row with a blank Accepted/Rejected cell still waits.
    const hereAwaiting = selectForExport(hereford, { which: 'awaiting' });
    expect(hereAwaiting.recommendationCount).toBe(1);
    expect(hereAwaiting.meetings[0]!.items[0]!.recommendations[0]!.label).toBe('7');
  });

  it('leaves procedural resolutions out unless asked for them', () => {
    const copy = structuredClone(adults);
    copy.recommendations[0]!.kind = 'procedural';
    expect(selectForExport(copy).recommendationCount).toBe(3);
    expect(selectForExport(copy, { includeProcedural: true }).recommendationCount).toBe(4);
  });
});

describe('the exports follow the scope', () => {
  it('one committee: its name in the title, only its meetings', async () => {
    const { document } = await openDocx(await buildAppendixDocx(both, { committee: AWSC }));
    expect(headings(document, 1)).toEqual([`Appendix 1 Recommendations made by ${AWSC}`]);
    expect(headings(document, 2)).toEqual(['1 February 2024', '10 April 2024']);
    expect(headings(document, 3)).toEqual(['Hospital discharge', 'Work programme', 'Carers strategy']);
  });

  it('several committees: all their names in the title and each date heading names its committee', async () => {
    const { document } = await openDocx(await buildAppendixDocx(both, { from: '2024-01-01', to: '2024-03-31' }));
    expect(headings(document, 1)).toEqual([`Appendix 1 Recommendations made by ${CYPSC} and ${AWSC}`]);
    expect(headings(document, 2)).toEqual([`23 January 2024 — ${CYPSC}`, `1 February 2024 — ${AWSC}`, `12 March 2024 — ${CYPSC}`]);
    const schedule = await openDocx(await buildScheduleDocx(both, { from: '2024-01-01', to: '2024-03-31' }));
    expect(tables(schedule.document)[0]!.rows[1]!.cells[0]!.text).toBe(`23 January 2024 — ${CYPSC}`);
  });

  it("prints bullet lines as lines and 'awaiting' rows only", async () => {
    const { document } = await openDocx(await buildScheduleDocx(adults, { which: 'awaiting' }));
    const rows = tables(document)[0]!.rows;
    expect(rows).toHaveLength(2);
    // The bullets are a Word list (numbering), not typed characters, so the text holds none.
    expect(rows[1]!.cells[2]!.text).toBe('2) That the executive reviews:\nhome care rates\ntravel time pay');
    expect(paragraphs(rows[1]!.cells[2]!.xml).filter((p) => /<w:numPr>/.test(p))).toHaveLength(2);
  });

  it('says so when nothing matches, rather than print an empty table', async () => {
    const copy = structuredClone(adults);
    for (const r of copy.recommendations) r.status = 'completed';
    for (const build of [buildAppendixDocx, buildScheduleDocx, buildResponsesDocx]) {
      const { document } = await openDocx(await build(copy, { which: 'open' }));
      expect(tables(document)).toHaveLength(0);
      expect(paragraphs(document).map(paragraphText)).toContain('No open recommendations were found for the committee and dates chosen.');
    }
    const empty = await openDocx(await buildAppendixDocx(emptyTracker()));
    expect(paragraphs(empty.document).map(paragraphText)).toContain('No recommendations were found for the committee and dates chosen.');
  });

  it('keeps text Word would refuse out of the file', async () => {
    const copy = structuredClone(adults);
    copy.recommendations[0]!.text = 'Bad\u0001 control\tcharacters\u000b here';
    const { document } = await openDocx(await buildAppendixDocx(copy));
    expect(document).toContain('>Bad control characters here<');
  });
});

describe('bad options are refused with a plain-English message', () => {
  const cases: Array<[string, AppendixOptions, RegExp]> = [
    ['an unknown committee', { committee: 'Planning Committee' }, /There is no committee "Planning Committee" in this tracker\. Its committees are "Children and Young People Scrutiny Committee"/],
    ['dates the wrong way round', { from: '2024-06-01', to: '2024-01-01' }, /The date range runs backwards: "from" \(1 June 2024\) is after "to" \(1 January 2024\)/],
    ['a date that does not exist', { from: '2024-02-30' }, /The "from" date "2024-02-30" is not a real date: write it as YYYY-MM-DD/],
    ['a date written the British way', { to: '26/09/2023' }, /The "to" date "26\/09\/2023" is not a real date/],
    ['an unknown filter', { which: 'closed' as never }, /should be "all", "open" or "awaiting", not "closed"/],
    ['version 0', { version: 0 }, /The version number should be a whole number of 1 or more, not 0/],
    ['a fractional version', { version: 2.5 }, /whole number/],
    ['a sideways page', { orientation: 'sideways' as never }, /should be "landscape" or "portrait", not "sideways"/],
    ['a huge font', { fontSize: 72 }, /The font size should be between 8 and 20 points/],
    ['a footer date that is not a date', { date: 'today' }, /The footer date "today" is not a real date/],
    ['outcome wording keyed by the council word', { outcomeLabels: { 'Partly accepted': 'Partly accepted' } as never }, /The outcome wordings mention "Partly accepted", which is not one the tracker uses/],
    ['an unknown column', { columns: { outcomes: 'Outcome' } as never }, /There is no column called "outcomes"/],
    ['a logo that is not the image it claims', { logo: { data: TINY_PNG, type: 'jpg' } }, /The logo is said to be a JPEG image, but its bytes are not one/],
    ['a logo of another type', { logo: { data: TINY_PNG, type: 'gif' as never } }, /The logo should be a PNG or JPEG image, not "gif"/],
    ['an empty logo', { logo: { data: new Uint8Array(), type: 'png' } }, /The logo has no image in it/],
    ['a logo of no width', { logo: { data: TINY_PNG, type: 'png', width: 0 } }, /The logo's width should be a number of pixels between 1 and 2000/],
  ];
  for (const [what, options, message] of cases) {
    it(`refuses ${what}`, async () => {
      await expect(buildAppendixDocx(hereford, options)).rejects.toThrow(message);
    });
  }

  it('refuses the same things in the schedule and the responses tracker', async () => {
    await expect(buildScheduleDocx(hereford, { committee: 'Nope' })).rejects.toThrow(/There is no committee "Nope"/);
    await expect(buildResponsesDocx(hereford, { from: '2025-01-01', to: '2024-01-01' })).rejects.toThrow(/runs backwards/);
    await expect(buildScheduleDocx(hereford, { statusLabels: { finished: 'Done' } as never })).rejects.toThrow(
      /The status wordings mention "finished", which is not one the tracker uses/,
    );
  });

  it('names the committees when one name is shared', () => {
    const twice = mergeTrackers(adults, smallTracker());
    expect(() => selectForExport(twice, { committee: AWSC })).toThrow(/More than one committee is called "Adults and Wellbeing Scrutiny Committee"; choose one by its id/);
    expect(() => selectForExport(emptyTracker(), { committee: 'Any' })).toThrow(/this tracker has no committees yet/);
  });
});
