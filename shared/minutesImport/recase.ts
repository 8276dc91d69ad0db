// Item titles printed in capitals ("SAFEGUARDING CHILDREN'S PARTNERSHIP ANNUAL REPORT"), brought in
// as the council writes them in its tracker: as printed, in Title Case or in Sentence case.

export const TITLE_STYLES = ['as-printed', 'title', 'sentence'] as const;
export type TitleStyle = (typeof TITLE_STYLES)[number];

// Capitals that stay capitals: the abbreviations scrutiny minutes use most. Folded to upper case.
const ACRONYMS = new Set(
  (
    'NHS SEND SEN SEMH CAMHS ICB ICS CQC UK HR ICT IT QA MASH LADO CCG DFE DWP ASC PCC EHCP EHC GP BCF HRA LGA CIPFA LSCB CYP CSP ' +
    'SACRE SENCO MTFS KPI KPIS ESOL VCS VCSE CCTV ULEZ TFL HMO LTP HRA RAG CAB PCN PFI S106 CIL LEP MP MPS BBC EU UN'
  ).split(' '),
);
// How some names are written when not in capitals.
const SPECIAL: Record<string, string> = { OFSTED: 'Ofsted', DFE: 'DfE', TFL: 'TfL', KPIS: 'KPIs', MPS: 'MPs' };
const SMALL = new Set('a an and as at but by for from in into of on or per the to vs via with'.split(' '));

/** Whether a title is printed in capitals (its letters nearly all upper case). */
export function isCapitals(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.9;
}

/**
 * Names the rest of the minutes print with a capital in mid-sentence and never in lower case
 * ("Herefordshire", "Council"), keyed by their lower-case form: sentence case keeps them.
 */
export function namesIn(text: string): Map<string, string> {
  const names = new Map<string, string>();
  const lower = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n\s*\n/)) {
    const words = sentence.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) lower.add(w.toLowerCase());
      else if (i > 0 && /^\p{Lu}[\p{Ll}'’]+$/u.test(w)) names.set(w.toLowerCase(), w);
    });
  }
  for (const w of lower) names.delete(w);
  return names;
}

function capitalise(word: string): string {
  // "CO-OPTED" -> "Co-opted", "CHILDREN'S" -> "Children's": only the word's first letter is a capital.
  const lower = word.toLowerCase();
  const at = lower.search(/\p{L}/u);
  return at < 0 ? lower : lower.slice(0, at) + lower.charAt(at).toUpperCase() + lower.slice(at + 1);
}

function keptAsIs(core: string): string | null {
  const upper = core.toUpperCase();
  if (SPECIAL[upper]) return SPECIAL[upper];
  if (ACRONYMS.has(upper)) return upper;
  if (/\d/.test(core)) return core; // "2022/23", "Q1", "S106"
  if (/^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(upper)) return upper;
  return null;
}

/** The title in the chosen style; titles not printed in capitals are left as they are. */
export function recaseTitle(title: string, style: TitleStyle, names: ReadonlyMap<string, string> = new Map()): string {
  if (style === 'as-printed' || !isCapitals(title)) return title;
  let first = true;
  return title.replace(/[\p{L}\p{N}][\p{L}\p{N}'’\-/]*/gu, (word) => {
    const start = first;
    first = false;
    const kept = keptAsIs(word.replace(/['’]S$/i, ''));
    if (kept !== null) return word.replace(/^[^'’]+/, kept).replace(/['’]S$/, (s) => s.toLowerCase());
    const lower = word.toLowerCase();
    if (style === 'title') return !start && SMALL.has(lower) ? lower : capitalise(word);
    if (start) return capitalise(word);
    const name = names.get(lower.replace(/['’]s$/, ''));
    return name ? name + lower.slice(name.length) : lower;
  });
}
