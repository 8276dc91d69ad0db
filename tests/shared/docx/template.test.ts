// The council's own template filled through patchDocument: tables where {{tracker}} stood, the other placeholders filled, header, footer, logo and margins kept as they were.
import { describe, expect, it } from 'vitest';
import { buildAppendixDocx, buildResponsesDocx, buildScheduleDocx, templatePlaceholders } from '../../../shared/index';
import { headings, openDocx, paragraphText, paragraphs, smallTracker, tables } from './docxXml';
import { councilTemplate } from './templateFixture';

describe('the council template option', () => {
  const tracker = smallTracker();
  const options = { author: 'Webb, Danial', date: '2025-07-17', version: 3, period: 'February — April 2024' };

  it('finds the placeholders and refuses a file that is not a Word document', async () => {
    expect(await templatePlaceholders(await councilTemplate())).toEqual(['tracker', 'committee', 'period', 'version', 'date', 'author']);
    await expect(templatePlaceholders(new TextEncoder().encode('hello'))).rejects.toThrow(/not a Word document/);
  });

  it('puts the title and tables where {{tracker}} stood and fills the other placeholders', async () => {
    const template = await councilTemplate();
    const { document } = await openDocx(await buildAppendixDocx(tracker, { ...options, template }));
    const texts = paragraphs(document).map(paragraphText);
    expect(texts[0]).toBe('Report to Adults and Wellbeing Scrutiny Committee');
    expect(texts[1]).toBe('Period: February — April 2024. Version 3, 17 July 2025, prepared by Webb, Danial.');
    expect(texts).not.toContain('{{tracker}}');
    expect(document).not.toContain('{{');
    expect(headings(document, 1)).toEqual(['Appendix 1 Recommendations made by Adults and Wellbeing Scrutiny Committee']);
    expect(tables(document)).toHaveLength(3);
    // What followed the placeholder follows the tables.
    expect(texts[texts.length - 1]).toBe('End of the appendix.');
    expect(document.lastIndexOf('<w:tbl>')).toBeLessThan(document.indexOf('End of the appendix.'));
  });

  it("keeps the template's header, footer, logo and margins as they were, and adds the bullet list", async () => {
    const template = await councilTemplate();
    const before = await openDocx(template);
    const after = await openDocx(await buildAppendixDocx(tracker, { ...options, template }));
    // Every paragraph of the header and footer as it was (patchDocument re-writes the root element's namespace list only).
    const content = (parts: string[]) => parts.map((h) => h.slice(h.indexOf('<w:p>')));
    expect(content(after.headers)).toEqual(content(before.headers));
    expect(content(after.footers)).toEqual(content(before.footers));
    expect(after.headers.join('')).toContain('Example Borough Council — Democratic Services');
    const media = (p: typeof before) => p.files.filter((f) => f.startsWith('word/media/'));
    expect(media(after)).toEqual(media(before));
    for (const f of media(before)) {
      expect(await after.zip.file(f)!.async('base64')).toBe(await before.zip.file(f)!.async('base64'));
    }
    const margins = (xml: string) => /<w:pgMar [^>]*\/>/.exec(xml)?.[0];
    expect(margins(after.document)).toBe(margins(before.document));
    // Our own marking and version footer are not added to a template's pages.
    expect(after.headers.join('')).not.toContain('OFFICIAL');
    // The bulleted recommendation is a real list in the template's numbering.
    expect(after.files).toContain('word/numbering.xml');
    expect(after.document).toContain('<w:numPr>');
  });

  it('fills the template in every built-in format', async () => {
    const template = await councilTemplate();
    for (const build of [buildScheduleDocx, buildResponsesDocx]) {
      const { document } = await openDocx(await build(tracker, { ...options, template }));
      expect(tables(document).length).toBeGreaterThanOrEqual(1);
      expect(document).not.toContain('{{');
    }
  });

  it('says so, in plain words, when the template has no {{tracker}}', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const plain = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('Nothing to fill')] }] })));
    await expect(buildAppendixDocx(tracker, { template: plain })).rejects.toThrow(/has no \{\{tracker\}\} in it/);
    await expect(buildAppendixDocx(tracker, { template: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/not a Word document/);
  });
});
