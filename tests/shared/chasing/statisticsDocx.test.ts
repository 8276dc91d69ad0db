// The annual report section read back from word/document.xml: heading, scope, summary sentences and the table of figures.
import { describe, expect, it } from 'vitest';
import { buildStatisticsDocx, type ScrutinyStatistics } from '../../../shared/index';
import { headings, openDocx, paragraphText, paragraphs, tables } from '../docx/docxXml';

const STATS: ScrutinyStatistics = {
  made: 49,
  owingResponse: 47,
  responsesReceived: 44,
  responsesTimed: 44,
  respondedWithinDeadline: 39,
  respondedLate: 5,
  percentWithinDeadline: 88.6,
  medianDaysToRespond: 41,
  outcomes: { accepted: 30, partiallyAccepted: 5, rejected: 4, noted: 5, unclear: 0, noResponse: 2, awaiting: 3 },
  implementation: { completed: 12, inProgress: 20, notPursued: 3, open: 12, discharged: 1, workProgramme: 1 },
};

describe('buildStatisticsDocx', () => {
  it('prints the heading, what it covers and the summary in sentences', async () => {
    const { document } = await openDocx(await buildStatisticsDocx(STATS, { scopeLabel: 'Children and Young People Scrutiny Committee, 2024/25', date: '2026-11-22' }));
    // A section of the annual report: a Heading 2 under the report's own headings.
    expect(headings(document, 1)).toEqual([]);
    expect(headings(document, 2)).toEqual(['Recommendations and executive responses']);
    const texts = paragraphs(document.slice(0, document.indexOf('<w:tbl>'))).map(paragraphText);
    expect(texts).toEqual([
      'Recommendations and executive responses',
      'Children and Young People Scrutiny Committee, 2024/25',
      'Of 49 recommendations made, 44 received a response; 39 (88.6%) within the two-month deadline.',
      'The median time to respond was 41 days.',
      'Outcomes: 30 accepted, 5 partially accepted, 4 rejected and 5 noted.',
      'Implementation: 12 completed, 20 in progress, 3 not pursued, 12 open, 1 discharged at the meeting and 1 added to the work programme.',
    ]);
  });

  it('tables every figure under its section', async () => {
    const { document } = await openDocx(await buildStatisticsDocx(STATS, { date: '2026-11-22' }));
    const [t] = tables(document);
    const rows = t!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[0]).toEqual(['Measure', 'Number']);
    expect(t!.rows[0]!.header).toBe(true);
    // The Number heading is right-aligned over its right-aligned figures.
    expect(t!.rows[0]!.cells[1]!.xml).toContain('<w:jc w:val="right"/>');
    expect(t!.rows[2]!.cells[1]!.xml).toContain('<w:jc w:val="right"/>');
    expect(rows.slice(1, 4)).toEqual([['Recommendations'], ['Recommendations made', '49'], ['Owing a response', '47']]);
    expect(rows).toContainEqual(['Responded within the deadline (%)', '88.6']);
    expect(rows).toContainEqual(['Median days to respond', '41']);
    expect(rows).toContainEqual(['Partially accepted', '5']);
    expect(rows).toContainEqual(['Added to the work programme', '1']);
    expect(rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(['Recommendations', 'Responses', 'Outcomes', 'Implementation']);
    expect(rows).toHaveLength(1 + 4 + 21);
  });

  it('is portrait by default, with no marking, header or footer, and says "Not known" where no response is timed', async () => {
    const untimed = { ...STATS, responsesTimed: 0, respondedWithinDeadline: 0, respondedLate: 0, percentWithinDeadline: null, medianDaysToRespond: null };
    const { document, headers, footers } = await openDocx(await buildStatisticsDocx(untimed, { rule: { weeks: 8 }, date: '2026-11-22', version: 4 }));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    expect(headers).toEqual([]);
    expect(footers).toEqual([]);
    expect(document).not.toContain('OFFICIAL');
    expect(document).not.toContain('Version number');
    const texts = paragraphs(document).map(paragraphText);
    expect(texts).toContain('Of 49 recommendations made, 44 received a response; the dates needed to tell how many came within the eight-week deadline are not recorded.');
    expect(tables(document)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toContainEqual(['Responded within the deadline (%)', 'Not known']);
  });
});
