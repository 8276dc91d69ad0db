// The chase letter read back from word/document.xml: sender, date, addressee, subject, body, each row's cells, portrait page, header marking.
import { describe, expect, it } from 'vitest';
import { buildChaseLetterDocx, type ChaseLetterInput } from '../../../shared/index';
import { openDocx, paragraphText, paragraphs, tables } from '../docx/docxXml';

const INPUT: ChaseLetterInput = {
  level: 'chase',
  to: { name: 'Councillor Jane Smith', title: 'Cabinet member for children and young people', organisation: 'Herefordshire Council' },
  from: { name: 'Danial Webb', title: 'Statutory Scrutiny Officer', council: 'Herefordshire Council', email: 'scrutiny@herefordshire.gov.uk' },
  date: '2026-11-22',
  subject: 'Overdue: response to Children and Young People Scrutiny Committee recommendations',
  bodyText: 'The response to 2 recommendations has not yet been received.\n\nI should be grateful for it within 14 days & soon <please>.',
  rows: [
    {
      meetingDate: '2024-05-07',
      itemTitle: 'Introduction to fostering',
      label: '7',
      text: 'That Herefordshire Council appoints and promotes an elected member champion for foster carers.',
      receivedDate: '2024-05-07',
      dueDate: '2024-07-07',
      daysOverdue: 868,
    },
    {
      meetingDate: '2026-09-29',
      itemTitle: 'Children’s services complaints',
      label: '',
      text: 'Review the complaints pages:\n• the Ombudsman\n• where to get help',
      receivedDate: '2026-09-30',
      dueDate: '2026-11-30',
      daysOverdue: 0,
    },
  ],
};

describe('buildChaseLetterDocx', () => {
  it('prints the sender block and date on the right, then the addressee, salutation, subject and body', async () => {
    const { document } = await openDocx(await buildChaseLetterDocx(INPUT));
    const body = document.slice(0, document.indexOf('<w:tbl>'));
    const ps = paragraphs(body);
    const texts = ps.map(paragraphText);
    expect(texts).toEqual([
      'Herefordshire Council',
      'Please ask for: Danial Webb',
      'Email: scrutiny@herefordshire.gov.uk',
      '22 November 2026',
      'Councillor Jane Smith',
      'Cabinet member for children and young people',
      'Herefordshire Council',
      'Dear Councillor Smith',
      'Overdue: response to Children and Young People Scrutiny Committee recommendations',
      'The response to 2 recommendations has not yet been received.',
      'I should be grateful for it within 14 days & soon <please>.',
    ]);
    for (const i of [0, 1, 2, 3]) expect(ps[i]).toContain('<w:jc w:val="right"/>');
    expect(ps[4]).not.toContain('<w:jc w:val="right"/>');
    expect(ps[8]).toContain('<w:b/>');
    // The council's name is the bold line of the sender block, not its address.
    expect(ps[0]).toContain('<w:b/>');
    expect(ps[1]).not.toContain('<w:b/>');
  });

  it('sets no address line in bold when the council has no name set', async () => {
    const { document } = await openDocx(await buildChaseLetterDocx({ ...INPUT, from: { ...INPUT.from, council: '', address: 'Plough Lane\nHereford HR4 0LE' } }));
    const ps = paragraphs(document.slice(0, document.indexOf('<w:tbl>')));
    expect(ps.slice(0, 4).map(paragraphText)).toEqual(['Plough Lane', 'Hereford HR4 0LE', 'Please ask for: Danial Webb', 'Email: scrutiny@herefordshire.gov.uk']);
    for (const p of ps.slice(0, 3)) expect(p).not.toContain('<w:b/>');
  });

  it('tables the outstanding recommendations with a repeated header row and every cell', async () => {
    const { document } = await openDocx(await buildChaseLetterDocx(INPUT));
    const [t] = tables(document);
    expect(t!.rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Meeting', 'Item', 'Recommendation', 'Date received', 'Due date', 'Days overdue'],
      [
        '7 May 2024',
        'Introduction to fostering',
        '7) That Herefordshire Council appoints and promotes an elected member champion for foster carers.',
        '7 May 2024',
        '7 July 2024',
        '868',
      ],
      ['29 September 2026', 'Children’s services complaints', 'Review the complaints pages:\nthe Ombudsman\nwhere to get help', '30 September 2026', '30 November 2026', 'Not yet due'],
    ]);
  });

  it('signs off after the table', async () => {
    const { document } = await openDocx(await buildChaseLetterDocx(INPUT));
    const after = paragraphs(document.slice(document.indexOf('</w:tbl>'))).map(paragraphText).filter((t) => t !== '');
    expect(after).toEqual(['Yours sincerely', 'Danial Webb', 'Statutory Scrutiny Officer', 'Herefordshire Council']);
  });

  it('is A4 portrait in Arial 11 with OFFICIAL in the header and page numbers in the footer', async () => {
    const { document, headers, footers, styles } = await openDocx(await buildChaseLetterDocx(INPUT));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    expect(document).not.toContain('landscape');
    expect(headers.map((h) => paragraphs(h).map(paragraphText).join(''))).toEqual(['OFFICIAL']);
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<w:sz w:val="22"\/>/);
  });

  it('takes another marking, font and salutation, and closes "Yours faithfully" to Sir or Madam', async () => {
    const bytes = await buildChaseLetterDocx({ ...INPUT, classification: 'OFFICIAL-SENSITIVE', font: 'Calibri', to: { name: 'The Chief Executive', salutation: 'Dear Sir or Madam' } });
    const { document, headers, styles } = await openDocx(bytes);
    expect(paragraphs(headers[0]!).map(paragraphText)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(styles).toContain('w:ascii="Calibri"');
    const texts = paragraphs(document).map(paragraphText);
    expect(texts).toContain('Dear Sir or Madam');
    expect(texts).toContain('Yours faithfully');
  });

  it('says plainly what is missing', async () => {
    await expect(buildChaseLetterDocx({ ...INPUT, rows: [] })).rejects.toThrow('A chase letter needs at least one recommendation to chase.');
    await expect(buildChaseLetterDocx({ ...INPUT, to: { name: ' ' } })).rejects.toThrow('The letter has no addressee');
    await expect(buildChaseLetterDocx({ ...INPUT, from: { ...INPUT.from, name: '' } })).rejects.toThrow('The letter has no sender');
    await expect(buildChaseLetterDocx({ ...INPUT, date: '22/11/2026' })).rejects.toThrow('The letter\'s date "22/11/2026" is not a date written YYYY-MM-DD.');
  });
});
