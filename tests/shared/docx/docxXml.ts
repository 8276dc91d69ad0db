// Test helpers: open a generated .docx with jszip and read its headings, tables, header and footer parts as plain text.
import JSZip from 'jszip';
import type { Tracker } from '../../../shared/index';
import { readInterchange } from '../../../shared/index';

export interface DocxParts {
  document: string;
  headers: string[];
  footers: string[];
  styles: string;
  files: string[];
  zip: JSZip;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const headers = await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).sort().map(read));
  const footers = await Promise.all(files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).sort().map(read));
  return { document: await read('word/document.xml'), headers, footers, styles: await read('word/styles.xml'), files, zip };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The text of one paragraph's XML: its runs' text, tabs as \t. */
export function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += m[0] === '<w:tab/>' ? '\t' : decode(m[1] ?? '');
  return text;
}

const PARAGRAPH = /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;

export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(PARAGRAPH)].map((m) => m[0]);
}

/** Headings of the given level (1–3) in document order, wherever they stand, tables included. */
export function headings(documentXml: string, level: 1 | 2 | 3): string[] {
  return paragraphs(documentXml)
    .filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`))
    .map(paragraphText);
}

export interface ParsedCell {
  xml: string;
  /** The cell's paragraphs' text joined with \n. */
  text: string;
  merge: 'restart' | 'continue' | null;
  span: number;
}

export interface ParsedRow {
  xml: string;
  header: boolean;
  cantSplit: boolean;
  cells: ParsedCell[];
}

export interface ParsedTable {
  xml: string;
  rows: ParsedRow[];
}

export function tables(documentXml: string): ParsedTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => ({
    xml: t[0],
    rows: [...t[0].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => {
      const trPr = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(r[0])?.[1] ?? '';
      return {
        xml: r[0],
        header: trPr.includes('<w:tblHeader/>'),
        cantSplit: trPr.includes('<w:cantSplit/>'),
        cells: [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
          const merge = /<w:vMerge w:val="(restart|continue)"\/>/.exec(c[0])?.[1] as 'restart' | 'continue' | undefined;
          return {
            xml: c[0],
            text: paragraphs(c[0]).map(paragraphText).filter((p) => p !== '').join('\n'),
            merge: merge ?? (c[0].includes('<w:vMerge/>') ? 'continue' : null),
            span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[0])?.[1] ?? 1),
          };
        }),
      };
    }),
  }));
}

/** The lines of a multi-line text as the builders print them: one paragraph each, blank lines dropped. */
export function asLines(text: string | null | undefined): string {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** A deep copy through JSON, for checking that a builder leaves its tracker untouched. */
export function snapshot(tracker: Tracker): string {
  return JSON.stringify(tracker);
}

/** A small tracker of the interchange shape, for the cases the Herefordshire examples do not cover. */
export function smallTracker(committee = 'Adults and Wellbeing Scrutiny Committee'): Tracker {
  return readInterchange({
    committee,
    council: 'Example Council',
    meetings: [
      {
        date: '2024-02-01',
        items: [
          {
            title: 'Hospital discharge',
            recommendations: [
              { label: '1', text: 'That the executive funds more reablement places.', response_outcome: 'Accepted', response: 'Funded from April.' },
              { label: '2', text: 'That the executive reviews:\n• home care rates\n• travel time pay', response_outcome: null, response: null },
            ],
          },
          { title: 'Work programme', recommendations: [{ label: 'a', text: 'The committee to add carers to its work programme.', status: 'Added to the work programme' }] },
        ],
      },
      {
        date: '2024-04-10',
        items: [
          {
            title: 'Carers strategy',
            recommendations: [{ label: '1', text: 'That the executive publishes a carers strategy by September.', response_outcome: 'Partly accepted', response: 'A draft will be published in the autumn.' }],
          },
        ],
      },
    ],
  });
}

/** Two trackers' records in one, as the app holds several committees. */
export function mergeTrackers(a: Tracker, b: Tracker): Tracker {
  return {
    committees: [...a.committees, ...b.committees],
    meetings: [...a.meetings, ...b.meetings],
    items: [...a.items, ...b.items],
    recommendations: [...a.recommendations, ...b.recommendations],
    progressUpdates: [...a.progressUpdates, ...b.progressUpdates],
  };
}

/** The smallest valid PNG (1×1, transparent), for the logo option. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
