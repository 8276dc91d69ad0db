// Flags an "accepted" response that says nothing concrete (no action, owner or date), so the officer can ask for more.
import type { Recommendation } from '../model/types';

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;
// "May" alone is mostly the verb, so it counts only beside a day, a year or a preposition of time.
const MAY = /\b(\d{1,2}(st|nd|rd|th)? May|May \d{2,4}|(in|by|from|until|during|end of|early|late|mid)[ -]May)\b/;
const DATE_LIKE: readonly RegExp[] = [
  MONTHS,
  MAY,
  /\b(19|20)\d{2}\b/, // a year
  /\b\d{2}\/\d{2}\b/, // a financial year, "25/26"
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, // a date in figures
  /\b(quarter|q[1-4]|spring|summer|autumn|winter|year[- ]end|deadline|timescales?|timeframe)\b/i,
  /\b(\d+|one|two|three|four|five|six|eight|nine|ten|twelve) (days?|weeks?|months?|years?)\b/i,
  /\b(this|next|the coming|the current|the financial) (week|month|year|financial year|municipal year)\b/i,
  // "by" alone is too common ("led by"), so only "by" before a time: "by the end", "by next", "by 2025".
  /\bby (the )?(end|close|start|beginning|middle|next|spring|summer|autumn|winter|\d)/i,
];
const OWNER_WORDS =
  /\b(directors?|directorates?|officers?|teams?|cabinet members?|portfolio holders?|managers?|leads?|led|leader|head of|chief executive|commissioners?|co-?ordinators?)\b/i;
const LINK = /\bhttps?:\/\/|\bwww\./i;
/** Replies that are only an acknowledgement, however they are punctuated. */
const GENERIC = /^(noted|agreed|accepted|resolved|supported|acknowledged|approved|yes|ok|accepted in (principle|part)|noted and (agreed|accepted)|agreed and noted|will be considered|under consideration)$/i;

/** Fewer words than this, with no date or owner, is too little to say what will be done. */
export const VAGUE_WORD_LIMIT = 12;

export interface ResponseSpecifics {
  words: number;
  namesDate: boolean;
  namesOwner: boolean;
  namesLink: boolean;
  generic: boolean;
}

/** What a response's words name: the evidence `isVagueResponse` weighs. */
export function responseSpecifics(text: string): ResponseSpecifics {
  const trimmed = text.trim();
  const folded = trimmed.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return {
    // Words are runs of letters and digits, so a dash or a bullet mark is not a word.
    words: folded === '' ? 0 : folded.split(' ').length,
    namesDate: DATE_LIKE.some((re) => re.test(trimmed)),
    namesOwner: OWNER_WORDS.test(trimmed),
    namesLink: LINK.test(trimmed),
    generic: GENERIC.test(folded),
  };
}

/**
 * True when the response accepts the recommendation (in full or in part) but names no action, owner
 * or date, so the officer may ask for more. The heuristic, on the response and action text together:
 * - only Accepted and Partially accepted are judged (a rejection or "noted" needs no action plan);
 * - a target date on the record, a date-like phrase (a month, a year, "25/26", "Q3", "autumn",
 *   "within six weeks", "by the end of …"), an owner word (director, officer, team, cabinet member,
 *   manager, lead …) or a link to evidence each count as something concrete: then it is not vague;
 * - otherwise it is vague when it is only an acknowledgement ("Noted", "Agreed", "Resolved") or
 *   shorter than 12 words; a longer answer is taken to describe what will be done.
 */
export function isVagueResponse(rec: Pick<Recommendation, 'responseOutcome' | 'responseText' | 'action' | 'targetDate'>): boolean {
  if (rec.responseOutcome !== 'Accepted' && rec.responseOutcome !== 'Partially accepted') return false;
  if (rec.targetDate !== '') return false;
  const s = responseSpecifics(`${rec.responseText}\n${rec.action}`);
  if (s.namesDate || s.namesOwner || s.namesLink) return false;
  return s.generic || s.words < VAGUE_WORD_LIMIT;
}
