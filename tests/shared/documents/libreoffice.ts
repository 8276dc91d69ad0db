// Test helper: real documents made by LibreOffice (which writes its own numbering.xml and PDF text
// layer), from flat OpenDocument text written here, so the readers meet files no test of ours shaped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;

export const SKIP_MESSAGE = 'LibreOffice is not installed (`libreoffice` is not on the PATH), so the tests on real LibreOffice documents are skipped.';

/**
 * Converts flat ODT documents (name -> XML) to .docx or .pdf with LibreOffice; returns name -> bytes.
 * `pdfOptions` are the PDF export's JSON filter options (LibreOffice 7.4 and later), e.g. a password.
 */
export function convertWithLibreOffice(documents: Record<string, string>, to: 'docx' | 'pdf', pdfOptions?: object): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-lo-'));
  try {
    const paths = Object.entries(documents).map(([name, xml]) => {
      const path = join(dir, `${name}.fodt`);
      writeFileSync(path, xml);
      return path;
    });
    // A profile of its own, so two test files converting at once do not fight over one.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const filter = to === 'docx' ? 'docx:MS Word 2007 XML' : `pdf:writer_pdf_Export${pdfOptions ? `:${JSON.stringify(pdfOptions)}` : ''}`;
    const run = spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, ...paths], { encoding: 'utf8', timeout: 120_000 });
    const out: Record<string, Uint8Array> = {};
    for (const name of Object.keys(documents)) {
      try {
        out[name] = new Uint8Array(readFileSync(join(dir, `${name}.${to}`)));
      } catch {
        throw new Error(`LibreOffice did not convert ${name}.fodt to .${to}: ${run.stderr || run.stdout || `exit ${run.status}`}`);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xml="http://www.w3.org/XML/1998/namespace"',
].join(' ');

function numberLevel(level: number, format: string, prefix: string, suffix: string): string {
  const indent = (0.9 * level).toFixed(2);
  return `<text:list-level-style-number text:level="${level}" style:num-format="${format}" style:num-prefix="${prefix}" style:num-suffix="${suffix}">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
      <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${indent}cm" fo:text-indent="-0.8cm" fo:margin-left="${indent}cm"/>
    </style:list-level-properties></text:list-level-style-number>`;
}

/** A flat ODT with Word-like paragraph spacing, the list styles the tests use and, if given, a page footer. */
export function flatOdt(body: string, footer?: string): string {
  // The footer's page number is a field, as in any council's template.
  const footerXml = footer === undefined ? '' : `<style:footer><text:p text:style-name="Standard">${esc(footer)} <text:page-number text:select-page="current"/></text:p></style:footer>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
  <style:style style:name="Standard" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="List_Para" style:display-name="List Para" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm" style:contextual-spacing="true"/>
  </style:style>
  <style:style style:name="Item_Heading" style:display-name="Item Heading" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Item_Heading_New_Page" style:display-name="Item Heading New Page" style:family="paragraph" style:parent-style-name="Item_Heading">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <text:list-style style:name="Items">${numberLevel(1, '1', '', '.')}</text:list-style>
  <text:list-style style:name="Decimal">${numberLevel(1, '1', '', '.')}${numberLevel(2, 'a', '', '.')}</text:list-style>
  <text:list-style style:name="Letters">${numberLevel(1, 'a', '', ')')}${numberLevel(2, 'i', '(', ')')}</text:list-style>
  <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
      <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">${footerXml}</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const p = (text: string, style = 'Standard') => `<text:p text:style-name="${style}">${esc(text)}</text:p>`;

/** A list of paragraphs; an array item is a nested list under the item before it. */
export function list(style: string, items: Array<string | string[]>, attrs = ''): string {
  const parts: string[] = [];
  for (const item of items) {
    if (Array.isArray(item)) {
      // Nested list: inside the previous list item, before it closes.
      const last = parts.pop() ?? '<text:list-item>';
      parts.push(`${last.replace(/<\/text:list-item>$/, '')}<text:list>${item.map((i) => `<text:list-item>${p(i, 'List_Para')}</text:list-item>`).join('')}</text:list></text:list-item>`);
    } else {
      parts.push(`<text:list-item>${p(item, 'List_Para')}</text:list-item>`);
    }
  }
  return `<text:list text:style-name="${style}"${attrs}>${parts.join('')}</text:list>`;
}

/** An agenda item's heading, numbered by one list that carries on through the minutes. */
export function itemHeading(title: string, first: boolean, newPage = false): string {
  const attrs = first ? ' xml:id="agenda-items"' : ' text:continue-list="agenda-items"';
  return `<text:list text:style-name="Items"${attrs}><text:list-item>${p(title, newPage ? 'Item_Heading_New_Page' : 'Item_Heading')}</text:list-item></text:list>`;
}

/**
 * The minutes of tests/fixtures/minutes/docx-word-lists.txt as a real document: the item numbers,
 * the discussion points, the recommendations with their sub-points and the resolutions are all
 * automatic list numbers, as they are in the Word file that text was saved from. Item 5 starts a
 * second page, and each page has a footer with its number (which a PDF prints among the text).
 */
export function economyMinutes(): string {
  return flatOdt(
    [
      p('Minutes of the Economy and Skills Select Committee'),
      p('Held on Wednesday 5 February 2025 at 10.00am in the Council Chamber, Shire Hall, Northcombe'),
      p('Members present: Councillor Isobel Grey (Chairman), Councillor Rupert Vance (Vice-Chairman), Councillors Dawn Fisher, Martin Oduya, Clare Whitlock'),
      p('Officers present: Director of Economy, Head of Skills and Employment, Select Committee Officer'),
      itemHeading('Apologies and Substitutions', true),
      p('Apologies were received from Councillor Neil Haworth. There were no substitutions.'),
      itemHeading('Declarations of Interest', false),
      p('There were none.'),
      itemHeading('Minutes of the Previous Meeting', false),
      p('The Committee agreed the minutes of the meeting held on 4 December 2024 as a correct record.'),
      itemHeading('Skills Bootcamps and Adult Education Budget', false),
      p('The Head of Skills and Employment presented the report on the performance of the skills bootcamps programme and the adult education budget.'),
      p('Key points from the discussion:'),
      list('Decimal', [
        'Completion rates for digital bootcamps were 64%, below the national average.',
        'Employers in the construction sector had reported difficulty recruiting apprentices.',
        'The adult education budget had been fully spent for the first time in three years.',
      ]),
      p('Recommendations:'),
      list('Decimal', [
        'That the Cabinet Member for Economic Growth:',
        [
          'commissions a review of the low completion rates for digital bootcamps, reporting back to the Committee by September 2025;',
          'works with the construction sector to develop a county-wide apprenticeship pledge.',
        ],
        'That the Head of Skills and Employment circulates the list of bootcamp providers and their completion rates to members of the Committee.',
        "That the Committee's thanks to the adult education team be recorded.",
      ]),
      itemHeading('Business Rates Retention Pilot', false, true),
      p('The Director of Economy introduced the report. The Committee asked questions on the distribution of growth between the county and district councils.'),
      p('Resolved:'),
      p('That the report be noted.'),
      itemHeading('Forward Plan and Work Programme', false),
      p('Resolved:'),
      list('Decimal', ['That the work programme be agreed.', 'That an item on the local nature recovery strategy be added to the meeting in July 2025.']),
    ].join('\n'),
    'Economy and Skills Select Committee, 5 February 2025. Page',
  );
}
