// Reads the simple interchange JSON (the shape of ../shared/examples/*.json) into a Tracker, and
// its several-committee form ({ committees: [{ committee, council, meetings }] }) that
// writeInterchange writes for a whole tracker. It validates everything before building anything,
// so a bad file never yields half a tracker.
import { z } from 'zod';
import { isIsoDate } from '../dates/format';
import { guessAddressee, owesResponse } from '../model/infer';
import { newId, nowIso } from '../model/ids';
import { normaliseOutcome } from '../model/outcomes';
import { normaliseStatus } from '../model/statuses';
import type { AgendaItem, Committee, Meeting, Recommendation, Tracker } from '../model/types';
import { ADDRESSEES, emptyTracker, RAG_RATINGS, RECOMMENDATION_KINDS } from '../model/types';

// zod's own wording is for programmers; these say what an officer can act on.
const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `should be ${what}`) });
const optionalText = z
  .string({ error: 'should be text or null' })
  .nullish()
  .transform((value) => value ?? '');

// The fields the app's own export adds, so that a whole tracker comes back as it went out. A field
// left out takes the reader's default (an addressee guessed from the words, say); null means "none".
const optionalDate = z
  .string({ error: 'should be a date written YYYY-MM-DD, or null' })
  .refine((value) => value === '' || isIsoDate(value), 'should be a date written YYYY-MM-DD, or null')
  .nullish();
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `should be one of ${values.map((v) => `"${v}"`).join(', ')}` });
const updateSchema = z.object(
  { date: optionalDate, text: text('text') },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'should be an object') },
);

const recommendationSchema = z.object(
  {
    label: z
      .union([z.string(), z.number()], { error: 'should be text, a number or null' })
      .nullish()
      .transform((value) => (value == null ? '' : String(value).trim())),
    text: text('text').refine((value) => value.trim() !== '', 'is empty'),
    response_outcome: optionalText,
    response: optionalText,
    action: optionalText,
    status: optionalText,
    note: optionalText,
    kind: oneOf(RECOMMENDATION_KINDS).nullish(),
    addressee: oneOf(ADDRESSEES).nullish(),
    addressee_name: optionalText,
    lead_officer: optionalText,
    directorate: optionalText,
    received_date: optionalDate,
    response_date: optionalDate,
    responded_by: optionalText,
    rag: z.enum(['', ...RAG_RATINGS], { error: `should be one of ${RAG_RATINGS.map((v) => `"${v}"`).join(', ')}` }).nullish(),
    target_date: optionalDate,
    origin: optionalText,
    priority: optionalText,
    updates: z.array(updateSchema, { error: 'should be a list' }).nullish(),
  },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'should be an object') },
);

const itemSchema = z.object(
  {
    title: text('text'),
    number: z
      .union([z.string(), z.number()], { error: 'should be text, a number or null' })
      .nullish()
      .transform((value) => (value == null ? '' : String(value).trim())),
    recommendations: z.array(recommendationSchema, {
      error: (issue) => (issue.input === undefined ? 'is missing' : 'should be a list'),
    }),
  },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'should be an object') },
);

const meetingSchema = z.object(
  {
    // null (or '') is a meeting whose date is not known, which the tracker allows.
    date: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'should be a date written YYYY-MM-DD') })
      .refine((value) => value === '' || isIsoDate(value), 'should be a date written YYYY-MM-DD')
      .nullable()
      .transform((value) => value ?? ''),
    venue: optionalText,
    items: z.array(itemSchema, {
      error: (issue) => (issue.input === undefined ? 'is missing' : 'should be a list'),
    }),
  },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'should be an object') },
);

const fileSchema = z.object(
  {
    title: optionalText,
    committee: text('text').refine((value) => value.trim() !== '', 'is empty'),
    council: optionalText,
    meetings: z.array(meetingSchema, {
      error: (issue) => (issue.input === undefined ? 'is missing' : 'should be a list'),
    }),
  },
  { error: 'The file is not a tracker: expected an object with "committee" and "meetings"' },
);

type InterchangeFile = z.output<typeof fileSchema>;

const collectionSchema = z.object(
  {
    title: optionalText,
    committees: z
      .array(fileSchema, { error: 'should be a list' })
      .refine((list) => list.length > 0, 'is empty'),
  },
  { error: 'The file is not a tracker: expected an object with "committee" and "meetings"' },
);

/** The several-committee form: an object with a "committees" list and no "committee" of its own. */
function isCollection(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'committees' in json && !('committee' in json);
}

/** `meetings[2].items[0].recommendations[3].text`, as a person would point at the place. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The file could not be read';
  if (issue.path.length === 0) return issue.message;
  return `${formatPath(issue.path)} ${issue.message}`;
}

export function readInterchange(json: unknown): Tracker {
  if (isCollection(json)) {
    const parsed = collectionSchema.safeParse(json);
    if (!parsed.success) throw new Error(firstProblem(parsed.error));
    const tracker = emptyTracker();
    parsed.data.committees.forEach((file, index) => {
      const one = buildTracker(file, `committees[${index}].`);
      tracker.committees.push(...one.committees);
      tracker.meetings.push(...one.meetings);
      tracker.items.push(...one.items);
      tracker.recommendations.push(...one.recommendations);
      tracker.progressUpdates.push(...one.progressUpdates);
    });
    return tracker;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(firstProblem(parsed.error));
  return buildTracker(parsed.data, '');
}

function buildTracker(file: InterchangeFile, at: string): Tracker {
  const stamp = nowIso();
  const tracker = emptyTracker();
  const committee: Committee = {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    name: file.committee.trim(),
    council: file.council.trim(),
  };
  tracker.committees.push(committee);

  // A committee meets once on a date: blocks printed twice under one date (seed 000 does this
  // at a page break) become one meeting, their items kept in document order.
  const meetingsByDate = new Map<string, { meeting: Meeting; nextItem: number }>();

  file.meetings.forEach((m, mi) => {
    let entry = meetingsByDate.get(m.date);
    if (!entry) {
      entry = {
        meeting: { id: newId(), createdAt: stamp, updatedAt: stamp, committeeId: committee.id, date: m.date, venue: m.venue },
        nextItem: 0,
      };
      meetingsByDate.set(m.date, entry);
      tracker.meetings.push(entry.meeting);
    }
    const meeting = entry.meeting;
    m.items.forEach((it, ii) => {
      const item: AgendaItem = {
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        meetingId: meeting.id,
        number: it.number,
        title: it.title.trim(),
        position: entry.nextItem++,
      };
      tracker.items.push(item);
      it.recommendations.forEach((r, ri) => {
        const where = `${at}meetings[${mi}].items[${ii}].recommendations[${ri}]`;
        const outcome = normaliseOutcome(r.response_outcome);
        if (outcome === null) {
          throw new Error(
            `${where}.response_outcome "${r.response_outcome}" is not an outcome the tracker knows ` +
              '(Accepted, Partially accepted, Rejected, Noted, Unclear, No response received)',
          );
        }
        const status = normaliseStatus(r.status);
        if (status === null) {
          throw new Error(
            `${where}.status "${r.status}" is not a status the tracker knows ` +
              '(Open, In progress, Completed, Not pursued, Discharged, Added to the work programme)',
          );
        }
        const addressee = r.addressee ?? guessAddressee(r.text);
        const recommendation: Recommendation = {
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          itemId: item.id,
          position: ri,
          label: r.label,
          text: r.text.trim(),
          kind: r.kind ?? 'recommendation',
          addressee,
          addresseeName: r.addressee_name.trim(),
          leadOfficer: r.lead_officer.trim(),
          directorate: r.directorate.trim(),
          // Left out, the executive received it at the meeting; null says the date is not known.
          receivedDate: r.received_date === undefined ? (owesResponse(addressee) ? meeting.date : '') : (r.received_date ?? ''),
          responseOutcome: outcome,
          responseText: r.response.trim(),
          responseDate: r.response_date ?? '',
          respondedBy: r.responded_by.trim(),
          action: r.action.trim(),
          status,
          rag: r.rag ?? '',
          targetDate: r.target_date ?? '',
          notes: r.note.trim(),
          ...(r.origin.trim() === '' ? {} : { origin: r.origin.trim() }),
          ...(r.priority.trim() === '' ? {} : { priority: r.priority.trim() }),
        };
        tracker.recommendations.push(recommendation);
        for (const u of r.updates ?? []) {
          tracker.progressUpdates.push({ id: newId(), createdAt: stamp, updatedAt: stamp, recommendationId: recommendation.id, date: u.date ?? '', text: u.text.trim() });
        }
      });
    });
  });
  return tracker;
}
