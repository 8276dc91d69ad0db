// Agenda item headings in their printed forms: "181. SAFEGUARDING …", "7. HEREFORDSHIRE …", "Item 5: Title",
// "12 TITLE PDF 107 KB" (a web page), and a number on its own line with the title below it.
import { romanToInt } from './labels';

export interface HeadingShape {
  number: string;
  /** The title as printed, web-page leftovers ("PDF 107 KB", "(Pages 5 - 6)") removed; '' for a bare number. */
  title: string;
  /** "Item 5", "Agenda item 5", "Minute 45": no doubt that this is a heading. */
  explicit: boolean;
  /** A number alone on its line: the title is the next paragraph. */
  bare: boolean;
  /** The web page's file-size note or page range was printed after the title. */
  web: boolean;
  /** Words printed on the heading's line after a title in capitals and a dash: the minute's first paragraph. */
  rest?: string;
}

// "181", "7a", "45/24", and the prefixed minute numbers some councils print: "OSC/24/31", "CSC.12".
// … and "12/21:01" (year / meeting : item, as some Northern Irish councils number them).
// … and "B1" (an agenda's part B, item 1: Islington's executive).
const NUMBER = String.raw`((?:[A-Z]{2,6}[./]?\s?|[A-Z](?=\d))?\d{1,4}(?:(?:\/\d{1,4}){1,2}(?::\d{1,3})?)?[a-z]?)`;

/** The value of a roman numeral in capitals ("XIV" -> 14); 0 for a malformed one. */
function romanValue(numeral: string): number {
  return /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral) && numeral !== '' ? romanToInt(numeral.toLowerCase()) : 0;
}

/** The number's parts: "OSC/24/31" -> [24, 31], "45/24" -> [45, 24], "7a" -> [7]. */
export function numberParts(number: string): number[] {
  // A part's letter ("B1": part B) is the first part: A = 1, B = 2.
  const part = /^([A-Z])\d/.exec(number)?.[1];
  const parts = [...(part ? [part.charCodeAt(0) - 64] : []), ...(number.match(/\d+/g) ?? []).map(Number)];
  // Roman numerals ("II", "XIV": Dundee's minutes) are their value.
  if (/^[IVXL]+$/.test(number)) return [romanValue(number)];
  // A sub-item's letter ("139/12a", "7b") is one more part: a = 1, b = 2.
  const letter = /\d([a-z])$/.exec(number)?.[1];
  return letter ? [...parts, letter.charCodeAt(0) - 96] : parts;
}

const EXPLICIT = new RegExp(String.raw`^(?:agenda\s+)?(?:item|minute)(?:\s+no\.?)?\s+${NUMBER}\s*(?:[.:)]|[-–—])?\s*(.*)$`, 'i');
const NUMBERED = new RegExp(String.raw`^${NUMBER}(?:[.):]|\s+[-–—])?\s+([A-Z0-9"'‘“(].*)$`);
const BARE = new RegExp(String.raw`^(?:(?:agenda\s+)?(?:item|minute)(?:\s+no\.?)?\s+)?${NUMBER}[.:)]?$`, 'i');
const WEB_TAIL = /\s*(?:\(\s*pages?\s*\d+\s*(?:[-–—]\s*\d+)?\s*\)|(?:pdf|docx?|html?)\s*\d+(?:\.\d+)?\s*[kmg]b|additional\s+documents\s*:|presented\s+by\s*:[^:]{0,60})\s*$/i;

/** All capitals: at least three letters and no lower-case ones. */
export function isCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Strips what a web page prints after a title: "PDF 107 KB", "(Pages 5 - 6)", repeatedly. */
export function tidyTitle(title: string): { title: string; web: boolean } {
  let t = title.trim();
  let web = false;
  for (let m = WEB_TAIL.exec(t); m && m.index > 0; m = WEB_TAIL.exec(t)) {
    t = t.slice(0, m.index).trim();
    web = true;
  }
  return { title: t.replace(/[\s:–—-]+$/, '').trim(), web };
}

/** The heading-like shape of a line, before any judgement of whether it is a heading. */
export function headingShape(raw: string): HeadingShape | null {
  // Some councils star the items decided under delegated powers: "* 112 Minutes".
  const text = raw.replace(/^\*\s*(?=\d)/, '');
  // A date on its own line ("19/11/24") is not a minute number.
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text)) return null;
  // Nor is "12 March 2024" (a date under the committee's name) a minute 12 titled "March 2024".
  if (/^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i.test(text)) return null;
  let m = BARE.exec(text);
  if (m) return { number: m[1] ?? '', title: '', explicit: /^\D/.test(text), bare: true, web: false };
  m = EXPLICIT.exec(text);
  // "agenda item 11 (Scrutiny of …" starting a line in lower case is a sentence wrapped, not a heading.
  if (m && /^[a-z]/.test(text)) return null;
  if (m) {
    const { title, web } = tidyTitle(m[2] ?? '');
    return { number: m[1] ?? '', title, explicit: true, bare: false, web };
  }
  // "II EDUCATION SCOTLAND (HMI) INSPECTION OF …": a roman numeral before a title in capitals (Dundee's minutes).
  const roman = /^([IVXL]{1,6})\.?\s+([A-Z][A-Z0-9 ,.&'’()/–—-]{3,})$/.exec(text);
  if (roman && romanValue(roman[1] ?? '') > 0 && isCaps(roman[2] ?? '') && !/^I\s+(?:AM|WAS|WILL|HAVE|WOULD|AND)\b/.test(text)) {
    const { title, web } = tidyTitle(roman[2] ?? '');
    return { number: roman[1] ?? '', title, explicit: false, bare: false, web };
  }
  m = NUMBERED.exec(text);
  // "2019/20 Forward Plan": a financial year opening the title, not a minute number.
  const year = m ? /^(?:19|20)(\d\d)\/(\d\d)$/.exec(m[1] ?? '') : null;
  if (year && (Number(year[1]) + 1) % 100 === Number(year[2])) return null;
  // "1.ELECTION OF CHAIRMAN": a Word memo's number glued to its title in capitals.
  // ("49.MINUTES OF THE MEETING HELD ON 19TH SEPTEMBER 2017": digits inside the title too.)
  const glued = m ? null : /^(\d{1,3})\.([A-Z][A-Z0-9 ,&'’()/-]{3,})$/.exec(text);
  if (glued && isCaps(glued[2] ?? '')) return { number: glued[1] ?? '', title: (glued[2] ?? '').trim(), explicit: false, bare: false, web: false };
  if (!m) return null;
  const { title, web } = tidyTitle(m[2] ?? '');
  // "1. That" with the words on the next line (a PDF's line break): a list's point, no heading.
  if (title === '' || /^(?:that|to|and|or|the|an?|of|for)$/i.test(title)) return null;
  // "74/13 PROPOSAL TO RESCIND AN ORDER – PARISH OF ILKESTON Members were informed …": a title in capitals, dashes
  // and all, then the minute's first sentence on the same line.
  const lead = /^((?:[A-Z0-9(][A-Z0-9,&'’()/.]*\s+|[–—-]\s+){2,}?)(?=(?:[A-Z][a-z]+\s+){1,3}(?:was|were|had|has|noted|received|considered|reported|explained|said|asked|agreed|informed)\b)/.exec(`${title} `);
  if (lead && !/\b(?:RESOLVED|AGREED|DECIDED)\b/.test(title) && isCaps((lead[1] ?? '').trim()) && (lead[1] ?? '').trim().split(/\s+/).length >= 3) {
    return { number: m[1] ?? '', title: (lead[1] ?? '').trim().replace(/\s*[–—-]$/, ''), explicit: false, bare: false, web, rest: title.slice((lead[1] ?? '').length).trim() };
  }
  // "236 ADULT SOCIAL CARE CHARGING – The Director introduced the report.": the title in capitals, then
  // the minute's words on the same line.
  // ("104  (12, 13, 14)  CONSIDERATION OF …": the agenda's paper numbers in brackets first.)
  const run = /^((?:\(\d{1,3}(?:,\s*\d{1,3})*\)\s+)?[A-Z][A-Z0-9 ,&'’()/]{2,}?[A-Z)])\s+[–—-]\s+(\S.*)$/.exec(title);
  if (run && isCaps(run[1] ?? '') && !isCaps(run[2] ?? '')) return { number: m[1] ?? '', title: (run[1] ?? '').trim(), explicit: false, bare: false, web, rest: run[2] ?? '' };
  // "73/13 MINUTES RESOLVED that the minutes … be confirmed": the title in capitals, then the marker on the same line.
  const marked = /^([A-Z][A-Z0-9 ,&'’()/–—-]{2,}?[A-Z0-9)])\s+((?:RESOLVED|AGREED|DECIDED)\b\s*[:\-–—]?\s*(?:that|to)\b.*)$/.exec(title);
  if (marked && isCaps(marked[1] ?? '')) return { number: m[1] ?? '', title: (marked[1] ?? '').trim(), explicit: false, bare: false, web, rest: marked[2] ?? '' };
  return { number: m[1] ?? '', title, explicit: false, bare: false, web };
}

/** What the items so far say about the next heading. */
export interface ItemContext {
  /** The parts of the last heading's number. */
  lastNumber: number[] | null;
  headings: number;
  /** All headings so far were in capitals (a style a discussion point will not match). */
  allCaps: boolean;
}

const SENTENCE_START = /^(?:that|to|for the|it was|the (?:committee|panel|board|chair\w*|cabinet member|director|meeting)|members|councillor|cllr|a (?:committee|member)|an? (?:update|member)|there|this|he|she|they|we|in response|following)\b/i;
const VERB = /\b(?:was|were|had|has been|would|could|asked|noted|agreed|requested|enquired|explained|stated|be|is|are|will|should)\b/;

/**
 * How well a number follows the last heading's: the part that changes ("31" of "OSC/24/31", "41" of
 * "OSC 41/25") should go up by one, the others stay; a number that goes back is a list item's.
 */
function sequenceScore(parts: number[], ctx: ItemContext): number {
  const last = ctx.lastNumber;
  if (last === null || last.length === 0) return ctx.headings === 0 ? 1 : 0;
  if (parts.length === 0) return 0;
  let cur = parts;
  let prev = last;
  // "139/12a" after "139/12": the first sub-item of the item before.
  if (cur.length === prev.length + 1 && cur[cur.length - 1] === 1 && prev.every((v, i) => v === cur[i])) return 2;
  if (cur.length !== prev.length) {
    cur = [parts[0] ?? 0];
    prev = [last[0] ?? 0];
  }
  const changed = cur.map((v, i) => v - (prev[i] ?? 0)).filter((d) => d !== 0);
  if (changed.length === 0) return -4;
  if (changed.length > 1) return 0;
  const step = changed[0] ?? 0;
  if (step === 1) return 2;
  if (step > 0 && step <= 6) return 1;
  if (step < 0) return -4;
  return step > 30 ? -2 : 0;
}

/**
 * How much `title` under `number` looks like an agenda item heading: capitals or title case, short,
 * no sentence punctuation, its number next in sequence. 3 or more is a heading.
 */
export function headingScore(number: string, title: string, shape: { explicit: boolean; web: boolean }, ctx: ItemContext, blankAfter: boolean): number {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0) return -10;
  const caps = isCaps(title);
  const long = words.filter((w) => /^[A-Za-z]{4,}/.test(w));
  const titleCase = !caps && long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.6;
  let s = 0;
  if (caps) s += 3;
  else if (titleCase) s += 2;
  if (words.length <= 12) s += 1;
  if (words.length > 20) s -= 3;
  // (A web page's title with its file note is a title however long: "Strategic Schools Improvement Programme Proposal to
  // reorganise … - Results of Consultation and permission to advertise Notice for Objections PDF 213 KB".)
  if (title.length > 160 && !shape.web) s -= 5;
  if (/[.?!;,]$/.test(title)) s -= words.length > 6 ? 3 : 1;
  if (/:$/.test(title) && !caps) s -= 3;
  if (!caps && !titleCase && SENTENCE_START.test(title)) s -= 2;
  if (!caps && VERB.test(title)) s -= 2;
  if (!/^[A-Z0-9"'‘“(]/.test(title)) s -= 3;
  if (shape.explicit) s += 3;
  if (shape.web) s += 2;
  if (blankAfter) s += 1;
  // A web page's item with its file link is an item whatever its number: an issue page lists its
  // meetings newest first, so the numbers go down.
  const seq = sequenceScore(numberParts(number), ctx);
  // Headings all in capitals whose numbering Word lost on copying ("1. SCOPING DOCUMENT" after "2.MINUTES",
  // every one printed "1."): a heading in capitals like the others, whatever its number.
  const lost = caps && ctx.allCaps && ctx.headings >= 2 && numberParts(number).join() === '1' && words.length <= 12;
  s += shape.web || lost ? Math.max(seq, 0) : seq;
  // Once every heading has been in capitals, a numbered line in sentence case is a discussion point.
  if (ctx.headings >= 2 && ctx.allCaps && !caps && !shape.explicit) s -= 3;
  return s;
}
