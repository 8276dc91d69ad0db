// The export flow without the UI: counting, naming, building with the council's wording, saving, and recording only what was saved.
import { describe, expect, it } from 'vitest';
import { SCHEDULE_FORMAT, type Tracker } from '../../../shared/index';
import { loadTracker, listExports, nextVersion, type TrackerDb } from '../../../renderer/db/index';
import {
  countForExport,
  describeCount,
  exportFileName,
  exportToWord,
  defaultPeriod,
  savedMessage,
  type ExportChoices,
} from '../../../renderer/features/exporting/buildExport';
import { loadTemplate } from '../../../renderer/features/exporting/formats';
import { councilTemplate } from '../../shared/docx/templateFixture';
import { DEFAULT_PREFERENCES, loadPreferences } from '../../../renderer/features/exporting/preferences';
import type { SaveRequest } from '../../../renderer/platform/index';
import { exampleDb } from '../db/helpers';
import { openDocx, paragraphText, paragraphs } from '../../shared/docx/docxXml';

const CYP = 'Children and Young People Scrutiny Committee';

async function setUp(): Promise<{ db: TrackerDb; tracker: Tracker; choices: ExportChoices }> {
  const db = await exampleDb();
  const committeeId = (await db.committees.toArray())[0]!.id;
  const tracker = await loadTracker(db, { committeeId });
  const choices: ExportChoices = { ...DEFAULT_PREFERENCES, committeeId, from: '', to: '', date: '2026-11-22', author: 'Webb, Danial', period: '', custom: null, template: null };
  return { db, tracker, choices };
}

function fakeSave(answer: 'saved' | 'cancelled' = 'saved') {
  const requests: SaveRequest[] = [];
  return { requests, save: async (r: SaveRequest) => (requests.push(r), answer) };
}

const text = (xml: string) => paragraphs(xml).map(paragraphText).join('\n');

describe('counting and naming', () => {
  it('counts the recommendations and meetings the choices select', async () => {
    const { tracker, choices } = await setUp();
    expect(countForExport(tracker, choices)).toEqual({ recommendations: 49, meetings: 9 });
    expect(countForExport(tracker, { ...choices, from: '2024-01-01', to: '2024-12-31' })).toEqual({ recommendations: 40, meetings: 6 });
    expect(countForExport(tracker, { ...choices, from: '2030-01-01' })).toEqual({ recommendations: 0, meetings: 0 });
    expect(() => countForExport(tracker, { ...choices, from: '2025-01-01', to: '2024-01-01' })).toThrow('The date range runs backwards');
  });

  it('says it in words, singular where it is one', () => {
    expect(describeCount({ recommendations: 43, meetings: 9 })).toBe('43 recommendations from 9 meetings');
    expect(describeCount({ recommendations: 1, meetings: 1 })).toBe('1 recommendation from 1 meeting');
    expect(savedMessage('appendix', 3, 43)).toBe('Appendix version 3 saved: 43 recommendations.');
    expect(savedMessage('schedule', 1, 1)).toBe('Schedule version 1 saved: 1 recommendation.');
  });

  it("names the file after the document, committee, the meeting's date or the period, and version — not today's date", () => {
    const base = { document: 'appendix' as const, appendixNumber: '1', from: '', to: '', custom: null };
    const period = 'September 2023 — March 2025';
    expect(exportFileName(base, CYP, 3, period)).toBe(`Appendix 1 - ${CYP} - September 2023 to March 2025 - v3.docx`);
    expect(exportFileName({ ...base, appendixNumber: ' ' }, CYP, 1, period)).toBe(`Appendix - ${CYP} - September 2023 to March 2025 - v1.docx`);
    expect(exportFileName({ ...base, document: 'responses', from: '2025-01-21', to: '2025-01-21' }, 'All committees', 2, 'January 2025')).toBe(
      'Responses tracker - All committees - 21 January 2025 - v2.docx',
    );
  });
});

describe('exportToWord', () => {
  it('builds the appendix, saves it as a Word file and records version 1, then version 2', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    const first = await exportToWord({ db, tracker, choices, save });
    expect(first).toMatchObject({ status: 'saved', message: 'Appendix version 1 saved: 49 recommendations.' });
    expect(requests[0]).toMatchObject({
      suggestedName: `Appendix 1 - ${CYP} - September 2023 to January 2025 - v1.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    const docx = await openDocx(requests[0]!.data as Uint8Array);
    expect(text(docx.document)).toContain(`Appendix 1 Recommendations made by ${CYP}`);
    expect(docx.footers.map(text).join('\n')).toContain('Version number 1');
    expect(docx.footers.map(text).join('\n')).toContain('Webb, Danial');

    await exportToWord({ db, tracker, choices, save });
    const again = await openDocx(requests[1]!.data as Uint8Array);
    expect(again.footers.map(text).join('\n')).toContain('Version number 2');
    const log = await listExports(db);
    expect(log.map((r) => [r.document, r.version, r.recommendations, r.meetings, r.committeeId])).toEqual([
      ['appendix', 2, 49, 9, choices.committeeId],
      ['appendix', 1, 49, 9, choices.committeeId],
    ]);
    // Another document keeps its own numbering.
    expect(await nextVersion(db, 'schedule', choices.committeeId)).toBe(1);
  });

  it('prints the council’s own headings and outcome wording, and remembers them with the other choices', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    const council: ExportChoices = {
      ...choices,
      classification: 'OFFICIAL-SENSITIVE',
      font: 'Verdana',
      orientation: 'portrait',
      appendixNumber: 'B',
      columns: { ...choices.columns, appendix: { ...choices.columns.appendix, outcome: 'Decision', label: '' } },
      outcomeLabels: { ...choices.outcomeLabels, 'Partially accepted': 'Partly accepted' },
    };
    await exportToWord({ db, tracker, choices: council, save });
    const docx = await openDocx(requests[0]!.data as Uint8Array);
    const body = text(docx.document);
    expect(body).toContain('Decision');
    expect(body).not.toContain('Accepted/Rejected');
    expect(body).toContain('Rec.'); // a blank heading prints the usual one
    expect(body).toContain('Partly accepted');
    expect(body).not.toContain('Partially accepted');
    expect(body).toContain(`Appendix B Recommendations made by ${CYP}`);
    expect(docx.headers.map(text).join('\n')).toContain('OFFICIAL-SENSITIVE');
    expect(docx.styles).toContain('Verdana');

    const remembered = await loadPreferences(db);
    expect(remembered).toMatchObject({ author: 'Webb, Danial', classification: 'OFFICIAL-SENSITIVE', font: 'Verdana', orientation: 'portrait', appendixNumber: 'B' });
    expect(remembered.columns.appendix).toEqual({ label: 'Rec.', recommendation: 'Recommendation', outcome: 'Decision', response: 'Response' });
    expect(remembered.outcomeLabels['Partially accepted']).toBe('Partly accepted');
  });

  it('exports the schedule and the responses tracker with their own version numbers', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    const schedule = await exportToWord({ db, tracker, choices: { ...choices, document: 'schedule', statusLabels: { ...choices.statusLabels, open: 'Ongoing' } }, save });
    const responses = await exportToWord({ db, tracker, choices: { ...choices, document: 'responses' }, save });
    expect(schedule).toMatchObject({ status: 'saved', message: 'Schedule version 1 saved: 49 recommendations.' });
    expect(responses).toMatchObject({ status: 'saved', message: 'Responses tracker version 1 saved: 49 recommendations.' });
    expect(text((await openDocx(requests[0]!.data as Uint8Array)).document)).toContain(`Schedule of ${CYP} recommendations`);
    expect(text((await openDocx(requests[1]!.data as Uint8Array)).document)).toContain('Executive responses / update');
  });

  it('records nothing when the officer cancels the Save dialog, so the version number stays the same', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave('cancelled');
    expect(await exportToWord({ db, tracker, choices: { ...choices, author: 'Someone else' }, save })).toEqual({ status: 'cancelled' });
    expect(requests).toHaveLength(1);
    expect(await listExports(db)).toEqual([]);
    expect(await nextVersion(db, 'appendix', choices.committeeId)).toBe(1);
    expect((await loadPreferences(db)).author).toBe('');
  });

  it('passes on the builders’ and the save’s plain-English errors and records nothing', async () => {
    const { db, tracker, choices } = await setUp();
    const { save } = fakeSave();
    await expect(exportToWord({ db, tracker, choices: { ...choices, fontSize: 30 }, save })).rejects.toThrow('The font size should be between 8 and 20 points');
    await expect(exportToWord({ db, tracker, choices: { ...choices, fontSize: Number.NaN }, save })).rejects.toThrow('Give the font size as a number of points');
    await expect(exportToWord({ db, tracker, choices: { ...choices, from: '2030-01-01' }, save })).rejects.toThrow('No recommendations match these choices');
    const failing = async () => Promise.reject(new Error('The folder is read-only.'));
    await expect(exportToWord({ db, tracker, choices, save: failing })).rejects.toThrow('The folder is read-only.');
    expect(await listExports(db)).toEqual([]);
  });

  it('exports every committee when none is chosen', async () => {
    const { db, choices } = await setUp();
    const tracker = await loadTracker(db);
    const { requests, save } = fakeSave();
    await exportToWord({ db, tracker, choices: { ...choices, committeeId: '', which: 'awaiting' }, save });
    // The recommendations still awaiting a response all come from one municipal year: the file is named after it (no slash).
    expect(requests[0]!.suggestedName).toMatch(/^Appendix 1 - All committees - Municipal year \d{4}-\d{2} - v1\.docx$/);
    const [record] = await listExports(db);
    expect(record).toMatchObject({ committeeId: '', which: 'awaiting' });
    expect(await nextVersion(db, 'appendix', '')).toBe(2);
    expect(await nextVersion(db, 'appendix', choices.committeeId)).toBe(1);
  });
});

describe('formats, the period line and the template in the export flow', () => {
  it('exports a format the officer made, logged under the built-in document of its layout', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    const custom = {
      ...SCHEDULE_FORMAT,
      name: 'York style',
      grouping: 'rows' as const,
      columns: [
        { field: 'label' as const, heading: 'Ref', width: 6 },
        { field: 'meeting' as const, heading: 'Date', width: 14 },
        { field: 'text' as const, heading: 'Recommendation', width: 40 },
        { field: 'leadOfficer' as const, heading: 'Lead officer', width: 15 },
        { field: 'status' as const, heading: 'Complete/Ongoing/Paused', width: 25 },
      ],
    };
    const result = await exportToWord({ db, tracker, choices: { ...choices, custom, from: '2025-01-21', to: '2025-01-21' }, save });
    expect(result.status).toBe('saved');
    expect(requests[0]!.suggestedName).toBe(`York style - ${CYP} - 21 January 2025 - v1.docx`);
    const docx = await openDocx(requests[0]!.data as Uint8Array);
    expect(text(docx.document)).toContain('Complete/Ongoing/Paused');
    expect((await listExports(db))[0]).toMatchObject({ document: 'schedule', version: 1 });
  });

  it('prints the period typed, or by default the months of the dates chosen', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    await exportToWord({ db, tracker, choices: { ...choices, period: 'September 2023 — March 2025' }, save });
    expect(text((await openDocx(requests[0]!.data as Uint8Array)).document)).toContain('September 2023 — March 2025');
    expect(defaultPeriod(tracker, { ...choices, from: '2024-01-01', to: '2024-12-31' })).toBe('January 2024 — December 2024');
    expect(defaultPeriod(tracker, { ...choices, from: '2024-05-01', to: '2024-05-31' })).toBe('May 2024');
  });

  it('fills the council template and remembers it for the committee', async () => {
    const { db, tracker, choices } = await setUp();
    const { requests, save } = fakeSave();
    const template = { name: 'council.docx', data: await councilTemplate() };
    await exportToWord({ db, tracker, choices: { ...choices, template }, save });
    const docx = await openDocx(requests[0]!.data as Uint8Array);
    expect(docx.headers.join('')).toContain('Example Borough Council — Democratic Services');
    expect(text(docx.document)).toContain(`Report to ${CYP}`);
    expect((await loadTemplate(db, choices.committeeId))?.name).toBe('council.docx');
    expect(await loadTemplate(db, '')).toBeNull();
  });
});

