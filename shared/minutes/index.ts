// parseMinutes: the text of a set of minutes in, every resolution found out, in document order, under
// its agenda item (see ../shared/API.md). Pure: no Node, DOM or Electron.
import type { ParsedMinutes } from './types';
import { cleanText, toLines } from './normalise';
import { findMinutesEnd, findMinutesStart, pageItemNumbers, readHeader } from './header';
import { toParagraphs } from './paragraphs';
import { assemble } from './assemble';
import { resetMarkerMemo } from './markers';

export type { ParsedMinutes, ParsedMinutesItem, ParsedResolution, ParsedResolutionKind, ParsedAddressee } from './types';

export function parseMinutes(text: string): ParsedMinutes {
  if (typeof text !== 'string') throw new TypeError('parseMinutes needs the text of the minutes as a string.');
  resetMarkerMemo();
  const raw = cleanText(text);
  const trimmed = raw.map((r) => r.trim());
  // In an agenda pack only the minutes are read: the reports after them hold "Recommendation(s)" too.
  const start = findMinutesStart(trimmed);
  const end = findMinutesEnd(trimmed, start);
  const { committee, meetingDate } = readHeader(trimmed, start);
  const paras = toParagraphs(toLines(raw.slice(start, end)));
  // Minutes that never speak of scrutiny are another body's, which carries out its own decisions (see classify).
  const items = assemble(paras, committee, pageItemNumbers(trimmed), /scrutin/i.test(text));
  // A ModernGov "No. | Item |" table with no "Minutes:" or "Decision:" label anywhere is the agenda: its
  // "RECOMMENDED that …" is what the meeting is asked, and nothing was decided yet.
  if (/^no\.?\s*\|\s*item\s*\|/im.test(text) && !/(?:^|\s)(?:minutes|decisions?)\s*:/i.test(text)) for (const item of items) item.resolutions = [];
  return { committee, meetingDate, items };
}
