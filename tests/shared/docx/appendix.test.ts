// buildAppendixDocx: the Herefordshire appendix (seed 000) rebuilt and read back from word/document.xml, header and footer.
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import { buildAppendixDocx, readInterchange } from '../../../shared/index';
import { asLines, headings, openDocx, paragraphText, paragraphs, snapshot, tables, TINY_PNG } from './docxXml';

// The Accepted/Rejected cell as seed 000 prints it once readInterchange has normalised the wording.
const OUTCOME_PRINTED: Record<string, string> = {
  Accepted: 'Accepted',
  'Partially accepted': 'Partially accepted',
  'Partly Accepted': 'Partially accepted',
  Rejected: 'Rejected',
  Noted: 'Noted',
  Unclear: 'Unclear',
};

interface JsonRec {
  label: string | null;
  text: string;
  response_outcome?: string | null;
  response?: string | null;
}
interface JsonItem {
  title: string;
  recommendations: JsonRec[];
}
const json = appendixJson as unknown as { meetings: { date: string; items: JsonItem[] }[] };
const allItems = json.meetings.flatMap((m) => m.items);

const options = { author: 'Webb, Danial', date: '2025-07-17', version: 7, period: 'September 2023 — March 2025' };

describe('buildAppendixDocx on the Herefordshire appendix', () => {
  const tracker = readInterchange(appendixJson);

  it('prints the title, the period, the 9 meeting dates and every item heading in order', async () => {
    const { document } = await openDocx(await buildAppendixDocx(tracker, options));
    expect(headings(document, 1)).toEqual(['Appendix 1 Recommendations made by Children and Young People Scrutiny Committee']);
    expect(paragraphs(document).map(paragraphText)).toContain('September 2023 — March 2025');
    // Ten date blocks are printed in seed 000, two of them 30 July 2024: one meeting, one heading.
    expect(headings(document, 2)).toEqual([
      '26 September 2023',
      '14 November 2023',
      '23 January 2024',
      '12 March 2024',
      '7 May 2024',
      '13 June 2024',
      '30 July 2024',
      '26 November 2024',
      '21 January 2025',
    ]);
    expect(headings(document, 3)).toEqual(allItems.map((i) => i.title));
    // Each date heading comes before its own items' headings.
    const order = paragraphs(document)
      .filter((p) => /Heading[23]/.test(p))
      .map(paragraphText);
    expect(order.indexOf('30 July 2024')).toBe(order.indexOf("Children's Services Complaints") - 1);
    expect(order.indexOf('Quality Assurance')).toBeGreaterThan(order.indexOf("Families' Commission Update"));
  });

  it('has one table per item with the seed header row, repeated on every page, and every row cell by cell', async () => {
    const { document } = await openDocx(await buildAppendixDocx(tracker, options));
    const found = tables(document);
    expect(found).toHaveLength(allItems.length);
    found.forEach((table, t) => {
      const [head, ...body] = table.rows;
      expect(head!.cells.map((c) => c.text)).toEqual(['Rec.', 'Recommendation', 'Accepted/Rejected', 'Response']);
      expect(head!.header).toBe(true);
      expect(body.every((r) => !r.header)).toBe(true);
      // Rows too tall to fit comfortably on a page may break (see longRows.test.ts); the heading row never does.
      expect(head!.cantSplit).toBe(true);
      const expected = allItems[t]!.recommendations.map((r) => [
        r.label ?? '',
        asLines(r.text),
        r.response_outcome == null ? '' : OUTCOME_PRINTED[r.response_outcome],
        asLines(r.response),
      ]);
      expect(body.map((row) => row.cells.map((c) => c.text))).toEqual(expected);
    });
    // The rows with two lines of text keep them as two paragraphs.
    const twoLines = found.flatMap((t) => t.rows).find((r) => r.cells[1]!.text.startsWith('Additional information required:'))!;
    expect(paragraphs(twoLines.cells[1]!.xml)).toHaveLength(2);
  });

  it('is A4 landscape by default and portrait when asked', async () => {
    const landscape = await openDocx(await buildAppendixDocx(tracker, options));
    expect(landscape.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const portrait = await openDocx(await buildAppendixDocx(tracker, { ...options, orientation: 'portrait' }));
    expect(portrait.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // Portrait tables are narrower: the grid adds up to the portrait text width.
    const grid = [...portrait.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 4).map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
  });

  it('puts the classification marking in the page header and author, page, date and version in the footer', async () => {
    const parts = await openDocx(await buildAppendixDocx(tracker, options));
    expect(parts.headers.some((h) => paragraphs(h).map(paragraphText).includes('OFFICIAL'))).toBe(true);
    expect(parts.document).not.toContain('>OFFICIAL<');
    expect(parts.footers).toHaveLength(1);
    const footer = parts.footers[0]!;
    expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
    const lines = paragraphs(footer).map(paragraphText);
    expect(lines).toEqual(['Webb, Danial\tPage \t17/07/25', 'Version number 7']);
  });

  it('takes another marking, none, and a logo on the first page only', async () => {
    const sensitive = await openDocx(await buildAppendixDocx(tracker, { ...options, classification: 'OFFICIAL-SENSITIVE' }));
    expect(sensitive.headers.join('')).toContain('OFFICIAL-SENSITIVE');
    const none = await openDocx(await buildAppendixDocx(tracker, { ...options, classification: '' }));
    expect(none.headers.join('')).not.toContain('OFFICIAL');

    const withLogo = await openDocx(
      await buildAppendixDocx(tracker, { ...options, logo: { data: TINY_PNG, type: 'png', width: 120, height: 40, altText: 'Herefordshire Council logo' } }),
    );
    expect(withLogo.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(withLogo.document).toContain('<w:titlePg/>');
    expect(withLogo.document).toContain('<w:headerReference w:type="first"');
    const logoHeaders = withLogo.headers.filter((h) => h.includes('<w:drawing>'));
    expect(logoHeaders).toHaveLength(1);
    expect(logoHeaders[0]).toContain('descr="Herefordshire Council logo"');
    // 120 × 40 pixels at 96 to the inch, in EMUs.
    expect(logoHeaders[0]).toContain('cx="1143000" cy="381000"');
    expect(withLogo.headers.every((h) => h.includes('OFFICIAL'))).toBe(true);
    // A logo stands on the first page's footer too, so every page keeps its footer.
    expect(withLogo.footers.length).toBeGreaterThanOrEqual(1);
    expect(withLogo.document).toContain('<w:footerReference w:type="first"');
  });

  it('uses Arial 11 by default and the font chosen otherwise', async () => {
    const arial = await openDocx(await buildAppendixDocx(tracker, options));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(arial.styles)![0];
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    const verdana = await openDocx(await buildAppendixDocx(tracker, { ...options, font: 'Verdana', fontSize: 12 }));
    const other = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(verdana.styles)![0];
    expect(other).toContain('w:ascii="Verdana"');
    expect(other).toContain('<w:sz w:val="24"/>');
  });

  it("follows the council's own wording for outcomes and columns, and its appendix number", async () => {
    const { document } = await openDocx(
      await buildAppendixDocx(tracker, {
        ...options,
        appendixNumber: 'B',
        outcomeLabels: { 'Partially accepted': 'Partly accepted', '': 'Awaiting response' },
        columns: { label: 'No.', outcome: 'Response outcome' },
      }),
    );
    expect(headings(document, 1)).toEqual(['Appendix B Recommendations made by Children and Young People Scrutiny Committee']);
    const rows = tables(document).flatMap((t) => t.rows);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['No.', 'Recommendation', 'Response outcome', 'Response']);
    const outcomes = new Set(rows.filter((r) => !r.header).map((r) => r.cells[2]!.text));
    expect(outcomes.has('Partly accepted')).toBe(true);
    expect(outcomes.has('Partially accepted')).toBe(false);
    expect(outcomes.has('Awaiting response')).toBe(true);
  });

  it('works out the period from the meetings, or from the dates chosen', async () => {
    const whole = await openDocx(await buildAppendixDocx(tracker, { author: 'Webb, Danial' }));
    expect(paragraphs(whole.document).map(paragraphText)).toContain('September 2023 — January 2025');
    const chosen = await openDocx(await buildAppendixDocx(tracker, { from: '2024-01-01', to: '2024-03-31' }));
    expect(paragraphs(chosen.document).map(paragraphText)).toContain('January 2024 — March 2024');
    expect(headings(chosen.document, 2)).toEqual(['23 January 2024', '12 March 2024']);
  });

  it('returns the bytes of a zip file and leaves the tracker as it was', async () => {
    const before = snapshot(tracker);
    const bytes = await buildAppendixDocx(tracker, options);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(snapshot(tracker)).toBe(before);
  });
});
