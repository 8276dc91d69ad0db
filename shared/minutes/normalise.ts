// Clean-up before parsing: odd spaces, HTML and bold markers, ligatures, spaced-out capitals, table rows,
// and the page headers, footers and page numbers that PDF conversion leaves in the middle of the text.
import type { Line } from './types';
import { detectMarker } from './markers';
import { readBullet, readLabel } from './labels';
import { headingShape } from './items';
import { findDates } from './dates';

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘' };
const LIGATURES: Record<string, string> = { 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi', 'ﬄ': 'ffl' };

/** Character-level clean-up; returns the text's lines with their leading whitespace and tabs kept. */
export function cleanText(text: string): string[] {
  const clean = text
    .replace(/\r\n?/g, '\n')
    // A form feed is a page break: keep it as a line of its own so page furniture can be found beside it.
    .replace(/\f/g, '\n\f\n')
    .replace(/[\u00a0\u2007\u202f\u2002\u2003\u2009]/g, ' ')
    // Soft hyphens and zero-width characters (an alternation: a joiner inside a class misleads).
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c] ?? c)
    // Web pastes carry HTML: a paragraph, heading, list item or table row ends a paragraph (a whole page can
    // come as one line of "<p>…</p><p>…</p>"), a line break a line; other tags become spaces so words either
    // side stay apart.
    .replace(/<\/(?:p|div|li|h[1-6]|tr|table|ul|ol)\s*>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|i|b|u|em|strong|span|div|br|ul|ol|li|font|sup|sub|h[1-6]|tr|td|th|table|tbody|thead)\b[^>\n]{0,200}>/gi, ' ')
    .replace(/&(amp|nbsp|quot|apos|lt|gt|ndash|mdash|rsquo|lsquo);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#(\d{2,5});/g, (_, n: string) => String.fromCharCode(Number(n)))
    // A rule printed as a run of underscores glued between two texts (a footer after the last words) ends
    // the line; a signature's blank ("Signed: ______ Chair") stands apart from its words.
    .replace(/(?<=[^\s_])_{8,}(?=[^\s_])/g, '\n\n')
    // A ModernGov decisions list cuts each decision short with a link to the rest ("… receive a further  ...  view the
    // full decision text for item 4."): the link is no part of the decision.
    .replace(/[ \t]*\.{3}[ \t]+view\s+the\s+full\s+(?:decision|minutes?)\s+text\s+for\s+item\s+[\w/.-]+\.?[ \t]*$/gim, ' …')
    // Markdown bold and underline left by conversion.
    .replace(/\*\*|__/g, '')
    // "R E S O L V E D" (letter-spaced capitals) and "r e s o l v e d".
    .replace(/\b(?:[A-Za-z] ){3,}[A-Za-z]\b/g, (run) => run.replace(/ /g, ''))
    // "That (i) the plan be adopted; and" with "(ii) …" below: the "That" leads the list, the label opens the point.
    .replace(/^([ \t]*)That\s+(?=\((?:a|i|1)\)\s)/gm, '$1')
    // ":-" (common before lists, "The Committee agreed:-") reads as a colon.
    .replace(/:-[ \t]*$/gm, ':')
    // A marker run into the previous sentence by conversion starts a line of its own.
    .replace(/([.!?:;)])[ \t]+(?=(?:RESOLVED|Resolved\s*[:–—-]|RECOMMENDED\b|AGREED\s*[:–—-]|ACTIONS?\s*[:–—-]))/g, '$1\n')
    // PDF text that lost its line breaks: "… 11 February 2013RESOLVED:That …" and "… be noted.162. APOLOGIES
    // FOR ABSENCEThere were …": the marker, and a minute number with its title in capitals, glued on.
    .replace(/([A-Za-z0-9.)])(RESOLVED\s*:)/g, '$1\n$2')
    // "RESOLVEDto note …", "RESOLVEDthat:": the space after the marker lost.
    .replace(/\bRESOLVED(?=(?:to|that)(?:\s|[:;,\-–—]))/g, 'RESOLVED ')
    .replace(/([a-z.!?])(\d{1,4}\.[ \t]+[A-Z][A-Z0-9 ,&'’/()-]{5,}?[A-Z0-9]{2,})(?=[A-Z][a-z]|\n)/g, '$1\n$2\n');
  // "To note the current Key Decision Plan (enclosed). Minutes: Consideration was given to …": a web page's agenda text
  // and its "Minutes:" label run onto one line; the label starts a line of its own, as on the page.
  // (… and "Additional documents: Decision: Following consideration …": a web page's fields run onto one line.) Points run
  // onto one line with middle dots ("… the committee resolved to · Add … · Seek … · Consider …") each start a line, as
  // the page's list showed them.
  const fields = tableRows(clean)
    .replace(/(?<=[a-z)][.)])[ \t]+(Minutes:)[ \t]+(?=[A-Z])/g, '\n$1\n')
    .replace(/^([ \t]*additional\s+documents:)[ \t]+(?=(?:decisions?|minutes):[ \t]+\S)/gim, '$1\n');
  return (fields.includes(' · ') ? fields.replace(/^.*[ \t]·[ \t]+[A-Z].*[ \t]·[ \t]+[A-Z].*$/gm, (line) => line.replace(/[ \t]+·[ \t]+(?=[A-Z])/g, '\n· ')) : fields).split('\n');
}

/**
 * A ModernGov "No. | Item |" table flattened to text: each row ends in " |" and holds the item's title,
 * then "Minutes:" or "Decision:" and the words. The row's end becomes a table line (which ends any
 * resolution block) and the labels start lines of their own.
 */
function tableRows(text: string): string {
  if (!/^no\.?\s*\|\s*item\s*\|/im.test(text) && (text.match(/[ \t]\|[ \t]*$/gm) ?? []).length < 3) return text;
  return text
    // "2 | Declarations of Interest |": a row that opens with the item's number and title (an "Item | Title |
    // Minutes |" table): the number and title make the item's heading.
    .replace(/^[ \t]*(\d{1,3}[a-z]?)\.?[ \t]*\|[ \t]*(?=[A-Z])/gm, 'Item $1: ')
    .replace(/^[ \t]*\|[|\s]*$/gm, '')
    .replace(/(?:[ \t]+\|)+[ \t]*$/gm, '\n| | |')
    // A row whose number and cell rule were lost ("To Note the Minutes … PDF 153 KB Additional documents: Minutes: …"):
    // the file list marks where it starts.
    .replace(/^(?=[^|\n]*\bAdditional documents:)/gm, '| | |\n\n')
    // ("… Additional documents: Minutes:" at a line's end too, its "RESOLVED:" already moved to a line of its own.)
    .replace(/[ \t]+((?:Minutes|Decision):)(?:[ \t]+(?=\S)|[ \t]*$)/gm, '\n$1\n');
}

function indentOf(raw: string): number {
  let width = 0;
  for (const c of raw) {
    if (c === ' ') width += 1;
    else if (c === '\t') width += 4;
    else break;
  }
  return width;
}

function isTableRow(raw: string): boolean {
  const tabs = raw.trim() === '' ? 0 : (raw.match(/\t/g) ?? []).length;
  if (tabs >= 2) return true;
  const t = raw.trim();
  return /^\|.*\|$/.test(t) && (t.match(/\|/g) ?? []).length >= 3;
}

// "Page 3", "Page 3 of 12", "3 of 12", "- 3 -", "3 | Page", "Minutes – 12 March 2024 Page 3".
const PAGE_ONLY = /^(?:page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,4}\s*of\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4})$/i;
const PAGE_TAIL = /^(.{1,70}?)[\s|,–—-]+page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i;

// A signature or initials line left in the text by a PDF: "Chairman's initials ……………", "Signed: ____ Chair",
// "Date: ________".
const SIGNATURE = /^(?:(?:chair(?:man|person|woman)?['’]?s?\s+)?initials|signed|signature|chair(?:man|person|woman)?|date)\b[^A-Za-z]{0,4}(?:[._…]{3,}|_{2,})[\s._…]*(?:chair(?:man|person|woman)?)?[\s._…]*$|^(?:[._…]{3,}|_{3,})\s*(?:chair(?:man|person|woman)?|signed)?[\s._…]*$|^(?:signed|date)\s*:\s*(?:chair(?:man|person|woman)?)?$/i;

// A heading printed again at the top of a page, "45. BUDGET MONITORING (CONTINUED)", "Item 7 (cont'd)":
// furniture, so the resolution broken by the page reads on.
const CONTINUED = /^.{1,100}?(?:\(\s*(?:continued|cont['’]d|contd\.?|cont\.)\s*\)|\s[–—-]\s*(?:continued|cont['’]d|contd\.?))\s*$/i;

export function isPageNumberLine(text: string): boolean {
  if (PAGE_ONLY.test(text)) return true;
  const m = PAGE_TAIL.exec(text);
  // "... as set out on page 5" is a sentence running on, not a footer.
  return m !== null && !/\b(?:on|at|to|see|in|of|from|and)$/i.test((m[1] ?? '').trim());
}

/** A line that could be furniture if it repeats: short, not a resolution, label, bullet or heading. */
function furnitureCandidate(text: string): boolean {
  if (text.length > 100 || text.length < 2) return false;
  // A minute number alone on its line ("23", "CYP/17/24") repeats in shape, not as furniture.
  if (/^\d{1,4}\.?$/.test(text) || (text.length <= 16 && headingShape(text)?.bare)) return false;
  if (readBullet(text).bullet || readLabel(text) !== null) return false;
  // A numbered line is an item heading, unless it starts with a date ("12 March 2024 Scrutiny Committee").
  if (/^(?:\d{1,4}|item\b)/i.test(text) && !/^\d{1,2}(?:st|nd|rd|th)?[ ./-]+(?:\d{1,2}[./-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i.test(text)) return false;
  if (/^that\b/i.test(text)) return false;
  // Headers and footers do not end like a sentence or a lead-in; a web page's "Minutes:" before each
  // item does, and so do short answers that repeat ("None.").
  if (/[:.!?]$/.test(text) && !/\.{3,}$/.test(text)) return false;
  return detectMarker(text) === null;
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * The lines of the minutes, with page furniture removed. Where a page break fell inside a paragraph
 * the blank lines around it go too, so the paragraph reads on.
 */
export function toLines(raw: readonly string[]): Line[] {
  // trim() would fold a form feed into '', so page breaks are read from the raw lines.
  const breaks = raw.map((r) => r === '\f');
  const texts = raw.map((r) => r.replace(/\t/g, ' ').trim().replace(/ {2,}/g, ' '));
  // A form feed, or a "Page 7" line, shows where pages break: a line then repeated twice is a running header.
  // ("d) Page 230" then "– bullet 1 should be changed …": a labelled point that names a page, not a footer.)
  const pageLines = texts.map((t) => t !== '' && isPageNumberLine(t) && !/^\(?[a-z]\)\s/i.test(t));
  const pageBreaks = breaks.some(Boolean) || pageLines.some(Boolean);
  const counts = new Map<string, number>();
  for (const t of texts) {
    if (t === '' || !furnitureCandidate(t)) continue;
    const key = furnitureKey(t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = texts.map((t, i) => {
    if (breaks[i]) return true;
    if (t === '' || isTableRow(raw[i] ?? '')) return false;
    if (pageLines[i] || SIGNATURE.test(t) || (/cont/i.test(t) && CONTINUED.test(t))) return true;
    if (!furnitureCandidate(t)) return false;
    const n = counts.get(furnitureKey(t)) ?? 0;
    return n >= 3 || (pageBreaks && n >= 2);
  });
  // The running header or footer beside a "Page 3 of 9" line, printed once in a short text: the
  // committee's name and the date, or "Minutes".
  for (let i = 0; i < texts.length; i++) {
    if (!pageLines[i]) continue;
    for (const step of [-1, 1, 2]) {
      let j = i;
      let seen = 0;
      while (seen < Math.abs(step) && j + Math.sign(step) >= 0 && j + Math.sign(step) < texts.length) {
        j += Math.sign(step);
        if (texts[j] !== '') seen++;
      }
      const t = texts[j] ?? '';
      if (j !== i && t !== '' && !furniture[j] && furnitureCandidate(t) && (findDates(t).length > 0 || /\bminutes\b/i.test(t))) furniture[j] = true;
    }
  }
  // A bare number beside furniture or a page break is the page number.
  for (let i = 0; i < texts.length; i++) {
    if (!furniture[i]) continue;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < texts.length && texts[j] === '') j += step;
      if (j >= 0 && j < texts.length && !furniture[j] && /^\d{1,4}$/.test(texts[j] ?? '')) furniture[j] = true;
    }
  }

  const out: Line[] = [];
  let skipping = false;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (furniture[i]) {
      while (out.length > 0 && out[out.length - 1]?.text === '') out.pop();
      skipping = true;
      continue;
    }
    if (skipping) {
      if (text === '') continue;
      skipping = false;
      // Keep a paragraph break only where the text before the page break had finished a sentence.
      const prev = out[out.length - 1]?.text ?? '';
      if (prev === '' || /[.:;!?]["'’”)]?$/.test(prev) || headingShape(prev) !== null) out.push({ indent: 0, text: '', table: false });
    }
    out.push({ indent: indentOf(raw[i] ?? ''), text, table: isTableRow(raw[i] ?? '') });
  }
  return out;
}
