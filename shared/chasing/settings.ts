// The council's chasing settings (deadline rule, thresholds, wording, letter templates), their defaults and the check of stored values.
import { STATUTORY_RULE, type DeadlineRule } from '../clock/responseDueDate';
import { ADDRESSEES, type Addressee } from '../model/types';
import { isEmailAddress } from './email';
import { CHASE_LEVELS, type ChaseLevel } from './types';

export interface ChaseTemplate {
  subject: string;
  /** The letter's or email's paragraphs between "Dear …" and "Yours sincerely", blank lines between them. */
  body: string;
}

export interface ChasingSettings {
  /** The response deadline: two calendar months (LGA 2000 s9FE) unless the council's rules say otherwise. */
  rule: DeadlineRule;
  /** A response due within this many days (and not yet overdue) is "due soon". */
  dueSoonDays: number;
  /** Who owes a response under the rule; recommendations to anyone else are outside the clock. */
  ruleAppliesTo: Addressee[];
  /** Recommendations with no response this many months after receipt are offered for closing as not pursued. */
  notPursuedAfterMonths: number;
  notPursuedWording: string;
  /** The month the municipal year starts, 1–12 (5 = May, the annual council meeting). */
  municipalYearStartMonth: number;
  councilName: string;
  officerName: string;
  officerTitle: string;
  /** The council's postal address for letters, one line per line; may be empty. */
  officerAddress: string;
  /** The officer's email address and telephone number, printed under the address; may be empty. */
  officerEmail: string;
  officerPhone: string;
  /** The letters' "Our ref:" (for example "SCR/CYP"); empty prints none. */
  letterReference: string;
  templates: Record<ChaseLevel, ChaseTemplate>;
}

/**
 * The placeholders the templates may use, and what each becomes. Anything else in braces is left
 * as typed, so a mistyped placeholder shows in the draft rather than vanishing.
 */
export const TEMPLATE_PLACEHOLDERS: Record<string, string> = {
  addressee: 'the person the letter or email goes to',
  owner: 'who owes the response (differs from the addressee in an escalation)',
  committee: 'the committee (or committees) that made the recommendations',
  count: 'how many recommendations, as a number',
  recommendations: '"1 recommendation" or "3 recommendations"',
  recommendationWord: '"recommendation" for one, "recommendations" for more',
  dueDate: 'the date the response is (or was) due; the earliest where several are chased',
  deadline: 'the deadline rule in words, e.g. "two months"',
  officer: "the scrutiny officer's name",
  officerTitle: "the scrutiny officer's job title",
  council: "the council's name",
  date: "the letter's date",
};

const SECTION_9FE =
  'Under section 9FE of the Local Government Act 2000, the executive must respond to a scrutiny committee’s recommendations within {deadline} of receiving them, saying for each whether it is accepted, partially accepted or rejected and what action, if any, it proposes to take.';

export const DEFAULT_CHASING_SETTINGS: ChasingSettings = {
  rule: STATUTORY_RULE,
  dueSoonDays: 14,
  ruleAppliesTo: ['executive', 'cabinet-member', 'council', 'partner'],
  notPursuedAfterMonths: 12,
  // Seed 000's own sentence, as the council closes such recommendations.
  notPursuedWording: 'As the recommendation is now more than a year old it will not be pursued further.',
  municipalYearStartMonth: 5,
  councilName: '',
  officerName: '',
  officerTitle: 'Statutory Scrutiny Officer',
  officerAddress: '',
  officerEmail: '',
  officerPhone: '',
  letterReference: '',
  templates: {
    reminder: {
      subject: 'Reminder: response to {committee} {recommendationWord} due by {dueDate}',
      body: [
        'I am writing as a reminder that the response to {recommendations} made by the {committee}, listed below, is due by {dueDate}.',
        SECTION_9FE,
        'I should be grateful to receive the response by that date, so that it can be reported to the committee. If it would help to talk any of the recommendations through, please let me know.',
      ].join('\n\n'),
    },
    chase: {
      subject: 'Overdue: response to {committee} {recommendationWord}',
      body: [
        'The response to {recommendations} made by the {committee}, listed below with the date each fell due, has not yet been received.',
        SECTION_9FE,
        'I should be grateful if you would send the response as soon as possible, and within the next 14 days, so that it can be reported to the committee’s next meeting. If there is a reason for the delay, please let me know so that I can explain it to the committee.',
      ].join('\n\n'),
    },
    escalation: {
      subject: 'Escalation: overdue response to {committee} {recommendationWord}',
      body: [
        'I am writing to ask for your help. The response to {recommendations} made by the {committee}, listed below, has been overdue since {dueDate}, and reminders to {owner} have not yet brought a reply.',
        SECTION_9FE,
        'I should be grateful if you would ensure that a response is provided within the next 14 days. If it is not, I will need to report to the committee at its next meeting that the response remains outstanding.',
      ].join('\n\n'),
    },
  },
};

/**
 * Fills `{name}` placeholders from `values` in one pass: a value that itself contains braces is not
 * filled again, unknown names stay visible as typed, and nothing is ever evaluated.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) && values[name] !== undefined ? String(values[name]) : whole,
  );
}

/** The placeholders a template uses that the tracker does not know, so the settings screen can warn. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !Object.hasOwn(TEMPLATE_PLACEHOLDERS, n)))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wholeNumber(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`The ${name} should be a whole number from ${min} to ${max}, not ${JSON.stringify(value) ?? String(value)}.`);
  }
  return value;
}

function oneLine(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`The ${name} should be one line.`);
  return value;
}

/** Empty, or an email address as the email draft's lines accept it. */
function checkEmail(value: string): string {
  if (value !== '' && !isEmailAddress(value)) {
    throw new Error(`"${value}" is not an email address: it should look like name@council.gov.uk.`);
  }
  return value;
}

function text(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`The ${name} should be text.`);
  return value;
}

export function checkDeadlineRule(rule: unknown): DeadlineRule {
  if (!isRecord(rule) || Object.keys(rule).length !== 1) {
    throw new Error('The deadline rule should be a number of months, weeks or days, for example { "months": 2 }.');
  }
  const [unit, amount] = Object.entries(rule)[0]!;
  if (unit !== 'months' && unit !== 'weeks' && unit !== 'days') {
    throw new Error(`The deadline rule counts "${unit}"; it should count months, weeks or days.`);
  }
  const limit = unit === 'months' ? 24 : unit === 'weeks' ? 104 : 730;
  return { [unit]: wholeNumber(`deadline's number of ${unit}`, amount, 1, limit) } as DeadlineRule;
}

/**
 * The settings with every gap filled from the defaults and every value checked: stored settings may
 * come from an older app or be edited by hand. Throws an Error saying in plain English what is wrong.
 */
export function resolveChasingSettings(given: unknown = {}): ChasingSettings {
  if (given === undefined || given === null) return resolveChasingSettings({});
  if (!isRecord(given)) throw new Error('The chasing settings should be a set of named values.');
  const d = DEFAULT_CHASING_SETTINGS;
  const known = new Set(Object.keys(d));
  for (const key of Object.keys(given)) if (!known.has(key)) throw new Error(`"${key}" is not a chasing setting.`);
  const pick = <K extends keyof ChasingSettings>(key: K): unknown => (given[key] === undefined ? d[key] : given[key]);

  const appliesTo = pick('ruleAppliesTo');
  if (!Array.isArray(appliesTo) || appliesTo.some((a) => !(ADDRESSEES as readonly unknown[]).includes(a))) {
    throw new Error(`Who the deadline applies to should be a list drawn from ${ADDRESSEES.join(', ')}.`);
  }
  const templatesGiven = pick('templates');
  if (!isRecord(templatesGiven)) throw new Error('The chase templates should be one each for reminder, chase and escalation.');
  const templates = {} as Record<ChaseLevel, ChaseTemplate>;
  for (const level of CHASE_LEVELS) {
    const t = templatesGiven[level] === undefined ? d.templates[level] : templatesGiven[level];
    if (!isRecord(t)) throw new Error(`The ${level} template should have a subject and a body.`);
    templates[level] = {
      subject: text(`${level} template's subject`, t.subject ?? d.templates[level].subject),
      body: text(`${level} template's body`, t.body ?? d.templates[level].body),
    };
    if (/[\r\n]/.test(templates[level].subject)) throw new Error(`The ${level} template's subject should be one line.`);
  }
  for (const key of Object.keys(templatesGiven)) {
    if (!(CHASE_LEVELS as readonly string[]).includes(key)) throw new Error(`"${key}" is not a chase level (reminder, chase or escalation).`);
  }
  const wording = text('wording for closing a recommendation as not pursued', pick('notPursuedWording')).trim();
  if (wording === '') throw new Error('The wording for closing a recommendation as not pursued is empty.');
  return {
    rule: checkDeadlineRule(pick('rule')),
    dueSoonDays: wholeNumber('number of days before the due date that counts as "due soon"', pick('dueSoonDays'), 0, 365),
    ruleAppliesTo: [...new Set(appliesTo as Addressee[])],
    notPursuedAfterMonths: wholeNumber('number of months after which an unanswered recommendation is not pursued', pick('notPursuedAfterMonths'), 1, 120),
    notPursuedWording: wording,
    municipalYearStartMonth: wholeNumber('first month of the municipal year', pick('municipalYearStartMonth'), 1, 12),
    councilName: text("council's name", pick('councilName')).trim(),
    officerName: text("officer's name", pick('officerName')).trim(),
    officerTitle: text("officer's job title", pick('officerTitle')).trim(),
    officerAddress: text("council's postal address", pick('officerAddress')).trim(),
    officerEmail: checkEmail(text("officer's email address", pick('officerEmail')).trim()),
    officerPhone: oneLine("officer's telephone number", text("officer's telephone number", pick('officerPhone')).trim()),
    letterReference: oneLine('letters’ reference', text('letters’ reference', pick('letterReference')).trim()),
    templates,
  };
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function unitOf(rule: DeadlineRule): { n: number; unit: 'month' | 'week' | 'day' } {
  if ('months' in rule) return { n: rule.months, unit: 'month' };
  if ('weeks' in rule) return { n: rule.weeks, unit: 'week' };
  return { n: rule.days, unit: 'day' };
}

/** "two months", "eight weeks", "20 days": the rule as a letter says it. */
export function deadlineInWords(rule: DeadlineRule): string {
  const { n, unit } = unitOf(rule);
  return `${SMALL[n] ?? String(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** "two-month", "eight-week", "20-day": the rule before a noun ("the two-month deadline"). */
export function deadlineAdjective(rule: DeadlineRule): string {
  const { n, unit } = unitOf(rule);
  return `${SMALL[n] ?? String(n)}-${unit}`;
}
