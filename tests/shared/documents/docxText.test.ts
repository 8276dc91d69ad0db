// docxToText: Word documents built here part by part (so each feature is known to be in the file),
// and real ones written by LibreOffice, read into the text parseMinutes reads.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText, parseMinutes } from '../../../shared/index';
import { SKIP_MESSAGE, convertWithLibreOffice, economyMinutes, flatOdt, hasLibreOffice, list, p } from './libreoffice';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

async function makeDocx(body: string, numbering: string | null, styles: string | null): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  if (numbering !== null) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles !== null) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const run = (xml: string) => `<w:r>${xml}</w:r>`;
const t = (text: string) => run(`<w:t xml:space="preserve">${text}</w:t>`);
const para = (content: string, pPr = '') => `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const pStyle = (id: string) => `<w:pStyle w:val="${id}"/>`;
const item = (text: string, numId: number, ilvl = 0) => para(t(text), numPr(numId, ilvl));
const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function level(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
}

const NUMBERING = [
  `<w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>${level(0, 'lowerLetter', '%1)')}${level(1, 'lowerRoman', '(%2)')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="multilevel"/>${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="30">${level(0, 'bullet', '&#61623;', '')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="40">${level(0, 'upperLetter', '%1.', '<w:pStyle w:val="RecList"/>')}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>',
  // "Restart numbering" in Word: a new instance of the same list with a start override.
  '<w:num w:numId="3"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  // "Continue numbering": another instance of the same list, with no override.
  '<w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>',
  '<w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>',
  '<w:num w:numId="6"><w:abstractNumId w:val="40"/></w:num>',
].join('');

const STYLES = [
  // Outline level 9 is "body text": some templates set it on Normal, and it makes nothing a heading.
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  // A recommendations style that numbers its paragraphs itself: the numbering lives in the style.
  '<w:style w:type="paragraph" w:styleId="RecList"><w:name w:val="Rec List"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>',
].join('');

const FIELD =
  t('See page ') +
  run('<w:fldChar w:fldCharType="begin"/>') +
  run('<w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText>') +
  run('<w:fldChar w:fldCharType="separate"/>') +
  t('7') +
  run('<w:fldChar w:fldCharType="end"/>') +
  t(' of the report, dated ') +
  '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; "><w:r><w:t>5 March 2024</w:t></w:r></w:fldSimple>' +
  t('.');

const BODY = [
  para(t('Overview &amp; Scrutiny Committee &lt;draft&gt;'), pStyle('Heading1')),
  para(t('Members asked about costs') + run('<w:rPr><w:vanish/></w:rPr><w:t>HIDDEN NOTE</w:t>') + t(' and the&#160;timetable.')),
  para(t('181. SAFEGUARDING CHILDREN&#8217;S PARTNERSHIP'), pStyle('Heading1')),
  para(t('RESOLVED: That')),
  item('the Executive review the early help offer;', 1),
  item('publish the audit sample size;', 1, 1),
  item('publish the findings;', 1, 1),
  item('the Committee thank the partnership.', 1),
  item('and then a third point.', 1),
  item('with a sub-point that starts again at (i).', 1, 1),
  '<w:p/>',
  para(t('Budget')),
  item('Capital', 2),
  item('Schemes', 2, 1),
  item('Slippage', 2, 1),
  item('Revenue', 2),
  item('Pressures', 2, 1),
  item('Carried on by another instance of the list', 4),
  item('Restarted by a start override', 3),
  item('And counted on', 3),
  para(t('Points raised')),
  para(t('Members asked about the re') + run('<w:noBreakHyphen/>') + t('examination of the scheme.'), numPr(5)),
  para(t('Members asked about the recom') + run('<w:softHyphen/>') + t('mendation') + run('<w:sym w:font="Wingdings" w:char="F0FC"/>'), numPr(5)),
  para(t('First styled recommendation'), pStyle('RecList')),
  para(t('Second styled recommendation'), pStyle('RecList')),
  para(t('A styled paragraph with its numbering turned off'), pStyle('RecList') + numPr(0)),
  para(FIELD),
  para(t('Old wording: ') + '<w:del w:id="1" w:author="A"><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">' + t('inserted words') + '</w:ins>'),
  para(t('First line') + run('<w:br/>') + t('second line of the same paragraph')),
  para('<w:hyperlink r:id="rId9">' + t('A linked report') + '</w:hyperlink>'),
  `<w:tbl><w:tblPr/><w:tblGrid/>${row(cell(para(t('Rec'))), cell(para(t('Recommendation'))), cell(para(t('Response'))))}${row(
    cell(para(t('1'))),
    cell(para(t('That the Cabinet &quot;reviews&quot; the policy'))),
    cell(para(t('Accepted'))),
  )}</w:tbl>`,
  `<w:tbl><w:tblPr/><w:tblGrid/>${row(cell(para(t('182'))), cell(para(t('PERFORMANCE REPORT')), para(t('RESOLVED: That the report be noted.'))))}</w:tbl>`,
].join('');

const EXPECTED = [
  'Overview & Scrutiny Committee <draft>',
  '',
  'Members asked about costs and the timetable.',
  '',
  '181. SAFEGUARDING CHILDREN’S PARTNERSHIP',
  '',
  'RESOLVED: That',
  'a) the Executive review the early help offer;',
  '    (i) publish the audit sample size;',
  '    (ii) publish the findings;',
  'b) the Committee thank the partnership.',
  'c) and then a third point.',
  '    (i) with a sub-point that starts again at (i).',
  '',
  'Budget',
  '',
  '1. Capital',
  '    1.1 Schemes',
  '    1.2 Slippage',
  '2. Revenue',
  '    2.1 Pressures',
  '3. Carried on by another instance of the list',
  '',
  '1. Restarted by a start override',
  '2. And counted on',
  '',
  'Points raised',
  '',
  '• Members asked about the re-examination of the scheme.',
  '• Members asked about the recommendation✓',
  '',
  'A. First styled recommendation',
  'B. Second styled recommendation',
  '',
  'A styled paragraph with its numbering turned off',
  '',
  'See page 7 of the report, dated 5 March 2024.',
  '',
  'Old wording: inserted words',
  '',
  'First line',
  'second line of the same paragraph',
  '',
  'A linked report',
  '',
  'Rec\tRecommendation\tResponse',
  '1\tThat the Cabinet "reviews" the policy\tAccepted',
  '',
  '182\tPERFORMANCE REPORT',
  '',
  'RESOLVED: That the report be noted.',
].join('\n');

describe('docxToText on documents built part by part', () => {
  it('writes every paragraph, list label, table row and field result as the page shows it', async () => {
    const text = await docxToText(await makeDocx(BODY, NUMBERING, STYLES));
    expect(text.split('\n')).toEqual(EXPECTED.split('\n'));
  });

  it('gives the labels in parseMinutes terms: the resolutions come out with them', async () => {
    const text = await docxToText(await makeDocx(BODY, NUMBERING, STYLES));
    const parsed = parseMinutes(text);
    const safeguarding = parsed.items.find((i) => i.number === '181');
    expect(safeguarding?.resolutions.map((r) => r.label)).toEqual(['a', 'b', 'c']);
  });

  it('reads a document with no numbering or styles part, and a prefix other than w:', async () => {
    const body = para(t('That the report be noted.'));
    expect(await docxToText(await makeDocx(body, null, null))).toBe('That the report be noted.');
    const zip = await JSZip.loadAsync(await makeDocx(body, null, null));
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Strictly speaking</x:t></x:r></x:p></x:body></x:document>',
    );
    expect(await docxToText(await zip.generateAsync({ type: 'uint8array' }))).toBe('Strictly speaking');
  });

  it('numbers a paragraph whose style names the list but not the level by the level bound to the style', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '(%2)', '<w:pStyle w:val="SubRec"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = '<w:style w:type="paragraph" w:styleId="SubRec"><w:name w:val="Sub Rec"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = item('That the Executive:', 1) + para(t('reviews the policy;'), pStyle('SubRec')) + para(t('reports back.'), pStyle('SubRec'));
    expect(await docxToText(await makeDocx(body, numbering, styles))).toBe('1. That the Executive:\n    (a) reviews the policy;\n    (b) reports back.');
  });
});

describe('docxToText refuses what is not a Word document, in plain English', () => {
  const refuse = (bytes: Uint8Array) => docxToText(bytes);

  it('plain text, a PDF and an empty file', async () => {
    await expect(refuse(new TextEncoder().encode('Minutes of the meeting'))).rejects.toThrow(/^This file is not a Word document \(\.docx\)/);
    await expect(refuse(new TextEncoder().encode('%PDF-1.7\n'))).rejects.toThrow(/not a Word document/);
    await expect(refuse(new Uint8Array())).rejects.toThrow(/not a Word document/);
  });

  it('an older .doc (or password-protected .docx), which is an OLE file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(refuse(ole)).rejects.toThrow(/older Word document \(\.doc\) or a password-protected one/);
  });

  it('a zip that holds something else: an OpenDocument file, a workbook, any zip', async () => {
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
    odt.file('content.xml', '<office:document-content/>');
    await expect(refuse(await odt.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/OpenDocument file \(\.odt\)/);
    const xlsx = new JSZip();
    xlsx.file('_rels/.rels', '<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    await expect(refuse(await xlsx.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/Excel workbook/);
    const other = new JSZip();
    other.file('notes.txt', 'hello');
    await expect(refuse(await other.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/^This file is not a Word document \(\.docx\)/);
  });

  it('a .docx whose document would unpack to gigabytes (a "zip bomb"), before unpacking it', async () => {
    const docx = await makeDocx(BODY, NUMBERING, STYLES);
    // The zip's central directory says how big each part unpacks to: claim 2 GB for the document.
    const name = new TextEncoder().encode('word/document.xml');
    const view = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 < docx.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const entry = docx.subarray(i + 46, i + 46 + view.getUint16(i + 28, true));
      if (entry.length === name.length && entry.every((c, k) => c === name[k])) {
        view.setUint32(i + 24, 0x7fffffff, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    await expect(refuse(docx)).rejects.toThrow('This file unpacks to far more than any real Word document or Excel workbook holds (over 64 MB), so it was not opened.');
  });

  it('a damaged (cut short) .docx', async () => {
    const whole = await makeDocx(BODY, NUMBERING, STYLES);
    await expect(refuse(whole.slice(0, Math.floor(whole.length / 2)))).rejects.toThrow(/^This Word document \(\.docx\) is damaged/);
  });
});

describe.skipIf(!hasLibreOffice)('docxToText on .docx files written by LibreOffice', () => {
  it('brings Word list numbers through as labels: a), (i), 1., bullets, and a list that starts again', async () => {
    const letters = flatOdt(
      [
        p('RESOLVED: That the Executive be recommended to:'),
        list('Letters', ['review the early help offer;', ['publish the audit sample size;', 'publish the findings;'], 'thank the partnership.']),
        p('The Committee also agreed:'),
        list('Letters', ['a second list that starts again at a;', 'and carries on to b.']),
        list('Bullets', ['Members asked about costs.']),
        list('Decimal', ['First point.', 'Second point.']),
      ].join('\n'),
    );
    const { letters: docx } = convertWithLibreOffice({ letters }, 'docx');
    expect((await docxToText(docx!)).split('\n')).toEqual([
      'RESOLVED: That the Executive be recommended to:',
      'a) review the early help offer;',
      '    (i) publish the audit sample size;',
      '    (ii) publish the findings;',
      'b) thank the partnership.',
      '',
      'The Committee also agreed:',
      'a) a second list that starts again at a;',
      'b) and carries on to b.',
      '',
      '• Members asked about costs.',
      '',
      '1. First point.',
      '2. Second point.',
    ]);
  });

  it('reads a real .docx of minutes into text that parseMinutes reads as it reads the same minutes saved as text', async () => {
    const { minutes } = convertWithLibreOffice({ minutes: economyMinutes() }, 'docx');
    const text = await docxToText(minutes!);
    // The item numbers carry on through the document past the other lists between them.
    expect(text).toContain('\n4. Skills Bootcamps and Adult Education Budget\n');
    expect(text).toContain('\n5. Business Rates Retention Pilot\n');
    const typed = readFileSync(new URL('../../fixtures/minutes/docx-word-lists.txt', import.meta.url), 'utf8');
    expect(parseMinutes(text)).toEqual(parseMinutes(typed));
  });
});

if (!hasLibreOffice) console.warn(SKIP_MESSAGE);
