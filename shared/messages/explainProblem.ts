// Restore and import problems said in plain English for the officer, with the technical sentence
// (paths such as data.recommendations[0].itemId) kept apart for IT. The readers' own messages stay
// exact and technical; this is only the wording layer the screens show.
import { TABLE_NOUNS } from '../backup/format';

// The backup's own names for its tables, so a message and the restore summary say the same words.
const NOUNS: Record<string, [one: string, many: string]> = TABLE_NOUNS;

/** What a field is, in words ("itemId" → "agenda item"). */
const FIELDS: Record<string, string> = {
  id: 'id',
  committeeId: 'committee',
  meetingId: 'meeting',
  itemId: 'agenda item',
  recommendationId: 'recommendation',
  date: 'date',
  text: 'words',
  title: 'title',
  label: 'label',
  name: 'name',
  receivedDate: 'date received',
  responseDate: 'response date',
  targetDate: 'target date',
  responseOutcome: 'response outcome',
  status: 'status',
  createdAt: 'date it was made',
  updatedAt: 'date it was last changed',
};

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
const nounOf = (table: string, n = 1) => {
  const pair = NOUNS[table];
  return pair ? pair[n === 1 ? 0 : 1] : table;
};
const fieldWords = (field: string) => FIELDS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

export interface ExplainedProblem {
  /** The sentence for the officer. */
  summary: string;
  /** The exact technical sentence, for IT; null when the summary is already that sentence. */
  detail: string | null;
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  // data.recommendations[0].itemId "…" names no agenda item in data.items.
  [
    /data\.(\w+)\[\d+\]\.(\w+) (?:"[^"]*" )?names no [^.]*? in data\.(\w+)/,
    (m) => `${capital(article(nounOf(m[1]!)))} in the file belongs to ${article(nounOf(m[3]!))} that is not in the file.`,
  ],
  // counts.recommendations says 49 but data.recommendations holds 48
  [
    /counts\.(\w+) says (\d+) but data\.\w+ holds (\d+)/,
    (m) => `The file has been cut short or changed since it was saved: it says it holds ${m[2]} ${nounOf(m[1]!, Number(m[2]))} but holds ${m[3]}.`,
  ],
  [/counts\.(\w+) says (\d+) but there is no data\./, (m) => `The file has been cut short or changed since it was saved: it says it holds ${m[2]} ${nounOf(m[1]!, Number(m[2]))} but holds none.`],
  // data.meetings[3].id "…" is used twice
  [/data\.(\w+)\[\d+\]\.(?:id|key) "[^"]*" is used twice/, (m) => `Two ${nounOf(m[1]!, 2)} in the file have the same id: the file has been changed by hand or damaged.`],
  // data.recommendations[3].text is missing / should be …
  [
    /^data\.(\w+)\[(\d+)\]\.(\w+) (is missing|should be [^.:]+)/,
    (m) => `The ${ordinal(Number(m[2]) + 1)} ${nounOf(m[1]!)} in the file ${m[4] === 'is missing' ? `has no ${fieldWords(m[3]!)}` : `has ${article(fieldWords(m[3]!))} that is not right (it ${m[4]})`}.`,
  ],
  // meetings[2].items[0].recommendations[3].text is missing (the interchange JSON)
  [
    /^meetings\[(\d+)\](?:\.items\[(\d+)\])?(?:\.recommendations\[(\d+)\])?\.(\w+) (is missing|should be [^.:]+|[^.]+)/,
    (m) => {
      const where = [
        m[3] !== undefined ? `recommendation ${Number(m[3]) + 1}` : null,
        m[2] !== undefined ? `agenda item ${Number(m[2]) + 1}` : null,
        `meeting ${Number(m[1]) + 1}`,
      ]
        .filter(Boolean)
        .join(' of ');
      const what = m[5] === 'is missing' ? `has no ${fieldWords(m[4]!)}` : `has ${article(fieldWords(m[4]!))} that is not right (it ${m[5]})`;
      return `${capital(where)} in the file ${what}.`;
    },
  ],
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The officer's sentence for a reader's message, and the original for IT where they differ. */
export function explainProblem(message: string): ExplainedProblem {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return { summary: say(m), detail: message };
  }
  return { summary: message, detail: null };
}
