// zod schemas for every record a backup holds, with messages an officer can read ("… is missing", "… is not an outcome the tracker knows").
import { z } from 'zod';
import { CHASE_LEVELS, CHASE_METHODS, type ChaseRecord } from '../chasing/types';
import {
  ADDRESSEES,
  OUTCOMES,
  RAG_RATINGS,
  RECOMMENDATION_KINDS,
  STATUSES,
  type AgendaItem,
  type BinRecord,
  type Committee,
  type ExportLogRecord,
  type HistoryEntry,
  type Meeting,
  type ProgressUpdate,
  type Recommendation,
  type SettingRecord,
} from '../model/types';
import { decodeValue } from './values';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD; arithmetic rather than date-fns, since a big backup holds 150,000 dates. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const missingOr = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : otherwise);

const text = z.string({ error: missingOr('should be text') });
const id = text.min(1, { error: 'is empty: every record needs an id' });
const stamp = text;
const position = z.number({ error: missingOr('should be a number') }).finite({ error: 'should be a number' });
const whole = (least: number) =>
  z
    .number({ error: missingOr('should be a number') })
    .int({ error: 'should be a whole number' })
    .min(least, { error: `should be ${least} or more` });

const date = text.refine(isCalendarDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD` });
const dateOrEmpty = text.refine((v) => v === '' || isCalendarDate(v), {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD (or empty)`,
});

function oneOf<const T extends readonly string[]>(values: T, what: string, listed: string = values.join(', ')) {
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'is missing' : `${JSON.stringify(issue.input)} is not ${what} the tracker knows (${listed})`),
  });
}

const record = <S extends z.ZodRawShape>(shape: S, what: string) => z.object(shape, { error: missingOr(`should be an object (${what})`) });
const list = <S extends z.ZodType>(schema: S) => z.array(schema, { error: missingOr('should be a list') });

const stamped = { id, createdAt: stamp, updatedAt: stamp };

export const committeeSchema = record({ ...stamped, name: text, council: text }, 'a committee');

// A meeting may have no date: an import puts recommendations whose sheet gives none under one.
const meetingDate = text.refine((v) => v === '' || isCalendarDate(v), { error: (issue) => `${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD` });
export const meetingSchema = record({ ...stamped, committeeId: id, date: meetingDate, venue: text }, 'a meeting');

const itemShape = { ...stamped, meetingId: id, number: text, title: text, position };
export const itemSchema = record(itemShape, 'an agenda item');

const recommendationShape = {
  ...stamped,
  itemId: id,
  position,
  label: text,
  text,
  kind: oneOf(RECOMMENDATION_KINDS, 'a kind of recommendation'),
  addressee: oneOf(ADDRESSEES, 'an addressee'),
  addresseeName: text,
  leadOfficer: text,
  directorate: text,
  receivedDate: dateOrEmpty,
  responseOutcome: oneOf(['', ...OUTCOMES] as const, 'an outcome', `${OUTCOMES.join(', ')}, or empty`),
  responseText: text,
  responseDate: dateOrEmpty,
  respondedBy: text,
  action: text,
  status: oneOf(STATUSES, 'a status'),
  rag: oneOf(['', ...RAG_RATINGS] as const, 'a RAG rating', `${RAG_RATINGS.join(', ')}, or empty`),
  targetDate: dateOrEmpty,
  notes: text,
  // Kept by tracker imports since issue 16; older backups have neither.
  origin: text.optional(),
  priority: text.optional(),
};
export const recommendationSchema = record(recommendationShape, 'a recommendation');

export const progressUpdateSchema = record({ ...stamped, recommendationId: id, date, text }, 'a progress update');

export const historySchema = record(
  { ...stamped, recommendationId: id, at: stamp, field: text, oldValue: text, newValue: text, reason: text },
  'a change in the history',
);

export const chaseSchema = record(
  {
    ...stamped,
    recommendationId: id,
    date,
    to: text,
    level: oneOf(CHASE_LEVELS, 'a chase level'),
    method: oneOf(CHASE_METHODS, 'a way of chasing'),
    note: text,
  },
  'a chase',
);

export const settingSchema = record({ key: text.min(1, { error: 'is empty: every setting needs a name' }), value: z.unknown() }, 'a setting')
  .refine((s) => 'value' in s, { error: 'has no value', path: ['value'] })
  .transform((s, ctx): SettingRecord => {
    try {
      return { key: s.key, value: decodeValue(s.value) };
    } catch (error) {
      ctx.issues.push({ code: 'custom', message: (error as Error).message, input: s.value, path: ['value'] });
      return z.NEVER;
    }
  });

export const exportSchema = record(
  {
    id,
    document: text.min(1, { error: 'is empty' }),
    committeeId: text,
    exportedAt: stamp,
    version: whole(1),
    recommendations: whole(0),
    meetings: whole(0),
    from: dateOrEmpty,
    to: dateOrEmpty,
    which: oneOf(['all', 'open', 'awaiting'] as const, 'a choice of recommendations'),
    fileName: text,
  },
  'a recorded export',
);

export const binSchema = record(
  {
    id,
    deletedAt: stamp,
    summary: text,
    committees: list(committeeSchema),
    meetings: list(meetingSchema),
    items: list(record({ ...itemShape, committeeId: id }, 'an agenda item')),
    recommendations: list(record({ ...recommendationShape, committeeId: id, meetingId: id }, 'a recommendation')),
    progressUpdates: list(progressUpdateSchema),
    chases: list(chaseSchema).optional(),
  },
  'a deletion in the bin',
);

// If a record type gains a field, the line for it here stops compiling until its schema has it
// too: a backup must never drop a field silently.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShapes: [
  Exactly<z.output<typeof committeeSchema>, Committee>,
  Exactly<z.output<typeof meetingSchema>, Meeting>,
  Exactly<z.output<typeof itemSchema>, AgendaItem>,
  Exactly<z.output<typeof recommendationSchema>, Recommendation>,
  Exactly<z.output<typeof progressUpdateSchema>, ProgressUpdate>,
  Exactly<z.output<typeof chaseSchema>, ChaseRecord>,
  Exactly<z.output<typeof historySchema>, HistoryEntry>,
  Exactly<z.output<typeof settingSchema>, SettingRecord>,
  Exactly<z.output<typeof exportSchema>, ExportLogRecord>,
  Exactly<z.output<typeof binSchema>, BinRecord>,
] = [true, true, true, true, true, true, true, true, true, true];

export const tableSchemas = {
  committees: list(committeeSchema),
  meetings: list(meetingSchema),
  items: list(itemSchema),
  recommendations: list(recommendationSchema),
  progressUpdates: list(progressUpdateSchema),
  chases: list(chaseSchema).optional(),
  history: list(historySchema).optional(),
  settings: list(settingSchema).optional(),
  exports: list(exportSchema).optional(),
  bin: list(binSchema).optional(),
};
