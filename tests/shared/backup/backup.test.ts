// serializeBackup and parseBackup: the round trip keeps every table and field, and every kind of bad file is refused with a sentence saying what and where.
import { describe, expect, it } from 'vitest';
import example from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_CHARS,
  describeCounts,
  parseBackup,
  readBackup,
  readBackupHeader,
  readInterchange,
  serializeBackup,
  type Tracker,
} from '../../../shared/index';
import { decodeValue, encodeValue, fromBase64, toBase64 } from '../../../shared/backup/values';
import { badBackups } from './badFiles';

const STAMP = '2026-11-22T10:15:00.000Z';

/** The example with something in every optional table, including a setting that holds bytes. */
function fullTracker(): Tracker {
  const t = readInterchange(example);
  const rec = t.recommendations[3]!;
  const item = t.items.find((i) => i.id === rec.itemId)!;
  const meeting = t.meetings.find((m) => m.id === item.meetingId)!;
  return {
    ...t,
    progressUpdates: [{ id: 'pu-1', createdAt: STAMP, updatedAt: STAMP, recommendationId: rec.id, date: '2024-02-01', text: 'Workshop held.\nSecond line.' }],
    chases: [{ id: 'ch-1', createdAt: STAMP, updatedAt: STAMP, recommendationId: rec.id, date: '2024-03-01', to: 'Cllr Jane Smith', level: 'chase', method: 'email', note: '' }],
    settings: [
      { key: 'export.author', value: 'Webb, Danial' },
      { key: 'export.fontSize', value: 11 },
      { key: 'export.logo', value: { name: 'logo.png', type: 'png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 128]) } },
      { key: 'odd', value: { $type: 'bytes', nested: [1, null, true, new Date(STAMP)] } },
    ],
    exports: [
      { id: 'ex-1', document: 'appendix', committeeId: t.committees[0]!.id, exportedAt: STAMP, version: 3, recommendations: 49, meetings: 9, from: '', to: '2024-12-31', which: 'all', fileName: 'Appendix 1.docx' },
    ],
    bin: [
      {
        id: 'bin-1',
        deletedAt: STAMP,
        summary: 'Recommendation z',
        committees: [],
        meetings: [],
        items: [],
        recommendations: [{ ...rec, id: 'deleted-rec', label: 'z', committeeId: meeting.committeeId, meetingId: meeting.id }],
        progressUpdates: [],
        chases: [],
      },
    ],
  };
}

describe('serializeBackup and parseBackup', () => {
  it('round-trips the example exactly, and the header says what it is', () => {
    const t = readInterchange(example);
    const text = serializeBackup(t, { createdAt: STAMP, schemaVersion: 3 });
    expect(parseBackup(text)).toEqual(t);
    const { header } = readBackup(text);
    expect(header).toEqual({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      createdAt: STAMP,
      app: { name: 'Scrutiny Tracker', schemaVersion: 3 },
      counts: { committees: 1, meetings: 9, items: 17, recommendations: 49, progressUpdates: 0 },
    });
    expect(describeCounts(header.counts)).toBe('1 committee, 9 meetings, 17 agenda items, 49 recommendations');
  });

  it('round-trips every table, settings holding bytes and dates included', () => {
    const t = fullTracker();
    const back = parseBackup(serializeBackup(t));
    expect(back).toEqual(t);
    const logo = back.settings!.find((s) => s.key === 'export.logo')!.value as { data: unknown };
    expect(logo.data).toBeInstanceOf(Uint8Array);
    expect(describeCounts(readBackup(serializeBackup(t)).header.counts)).toBe(
      '1 committee, 9 meetings, 17 agenda items, 49 recommendations, 1 progress update, 1 chase',
    );
  });

  it('writes the header first and one record a line, so a list can read the header from the start of the file', () => {
    const text = serializeBackup(fullTracker(), { createdAt: STAMP });
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', `  "format": "${BACKUP_FORMAT}",`, '  "formatVersion": 1,']);
    expect(lines.filter((l) => l.startsWith('      {"id"'))).toHaveLength(1 + 9 + 17 + 49 + 1 + 1 + 1 + 1);
    const header = readBackupHeader(text.slice(0, 600));
    expect(header?.createdAt).toBe(STAMP);
    expect(header?.counts.recommendations).toBe(49);
    expect(readBackupHeader('{"format":"other"}')).toBeNull();
    expect(readBackupHeader('garbage')).toBeNull();
  });

  it('keeps an empty tracker as an empty tracker', () => {
    const empty: Tracker = { committees: [], meetings: [], items: [], recommendations: [], progressUpdates: [], settings: [], exports: [], bin: [] };
    expect(parseBackup(serializeBackup(empty))).toEqual(empty);
  });

  it('refuses to write a setting a file cannot hold, naming it', () => {
    const t: Tracker = { ...readInterchange(example), settings: [{ key: 'cache', value: new Map() }] };
    expect(() => serializeBackup(t)).toThrow('The backup could not be made: the setting "cache" holds a Map, which cannot be written to a file.');
  });
});

describe('bad backup files', () => {
  const good = serializeBackup(readInterchange(example), { createdAt: STAMP, schemaVersion: 2 });

  it.each(badBackups(good))('refuses %s with a plain message', (_what, text, message) => {
    let thrown: unknown;
    try {
      parseBackup(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    if (typeof message === 'string') expect((thrown as Error).message).toBe(message);
    else expect((thrown as Error).message).toMatch(message);
  });

  const edit = (change: (f: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const f = JSON.parse(good) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    change(f);
    return JSON.stringify(f);
  };

  it.each([
    ['not JSON, saying where', '{"format": "scrutiny-tracker-backup",\n  "formatVersion": 1 x}', /^The file is not a Scrutiny Tracker backup: it is not JSON \(the problem is at line 2, column \d+\)\.$/],
    ['JSON that is not an object', '[1, 2, 3]', 'The file is not a Scrutiny Tracker backup: it holds JSON, but not a backup.'],
    ['an interchange file', JSON.stringify(example), 'This is a tracker file in the interchange format, not a backup: use Import… to add what it holds to the tracker.'],
    ['a file with no format', '{"data": {}}', 'The file is not a Scrutiny Tracker backup: it has no "format": "scrutiny-tracker-backup".'],
    ['no format version', edit((f) => delete f.formatVersion), 'formatVersion is missing: the file does not say which version of the backup format it is.'],
    ['a format version that is text', edit((f) => (f.formatVersion = '1')), /^formatVersion "1" is not a version of the backup format/],
    ['a missing table', edit((f) => delete f.data.items), 'data.items is missing.'],
    ['a table this version does not know', edit((f) => (f.data.tasks = [])), /^data holds a table this version of Scrutiny Tracker does not know \("tasks"\): .* Update the app to restore it\.$/],
    ['a record that is not an object', edit((f) => (f.data.meetings[1] = 'x')), 'data.meetings[1] should be an object (a meeting).'],
    ['a date that is not a date', edit((f) => (f.data.meetings[0].date = '2023-02-30')), 'data.meetings[0].date "2023-02-30" is not a date written YYYY-MM-DD.'],
    ['an empty id', edit((f) => (f.data.committees[0].id = '')), /^data\.committees\[0\]\.id is empty: every record needs an id\./],
    ['a status it does not know', edit((f) => (f.data.recommendations[0].status = 'done')), /^data\.recommendations\[0\]\.status "done" is not a status the tracker knows \(open, in-progress/],
    ['several problems', edit((f) => { f.data.meetings[0].date = 1; f.data.meetings[1].venue = 2; }), 'data.meetings[0].date should be text. The file has 1 other problem too.'],
    ['a count that does not match', edit((f) => f.data.recommendations.pop()), 'counts.recommendations says 49 but data.recommendations holds 48: the file has been cut short or changed since it was saved.'],
    ['counts missing', edit((f) => delete f.counts), 'counts is missing.'],
    ['a recommendation whose item is not in the file', edit((f) => (f.data.recommendations[7].itemId = 'gone')), 'data.recommendations[7].itemId "gone" names no agenda item in data.items.'],
    ['a meeting whose committee is not in the file', edit((f) => (f.data.meetings[0].committeeId = 'gone')), 'data.meetings[0].committeeId "gone" names no committee in data.committees.'],
    ['a setting whose bytes are damaged', edit((f) => { f.data.settings = [{ key: 'export.logo', value: { $type: 'bytes', base64: '!!' } }]; f.counts.settings = 1; }), 'data.settings[0].value holds bytes that are not valid base64.'],
    ['two settings of one name', edit((f) => { f.data.settings = [{ key: 'a', value: 1 }, { key: 'a', value: 2 }]; f.counts.settings = 2; }), 'data.settings[1].key "a" is used twice (data.settings[0] has it too): every setting needs its own name.'],
  ] as const)('refuses %s', (_what, text, message) => {
    if (typeof message === 'string') expect(() => parseBackup(text)).toThrow(message);
    else expect(() => parseBackup(text)).toThrow(message);
  });

  it('refuses a file over 200 MB before parsing it', () => {
    const huge = `{"format":"scrutiny-tracker-backup"${' '.repeat(MAX_BACKUP_CHARS)}}`;
    expect(() => parseBackup(huge)).toThrow('The file is too large to be a Scrutiny Tracker backup (over 200 MB), so it was not read.');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${good}`).recommendations).toHaveLength(49);
  });
});

describe('values in settings', () => {
  it('base64 matches the standard encoding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      const bytes = new TextEncoder().encode(text);
      expect(toBase64(bytes)).toBe(Buffer.from(text).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    expect(fromBase64('abc')).toBeNull();
  });

  it('keeps a "__proto__" key as a plain key', () => {
    const decoded = decodeValue(JSON.parse('{"__proto__": {"polluted": 1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips an ArrayBuffer and an object with a "$type" key', () => {
    const value = { buffer: new Uint8Array([1, 2, 3]).buffer, tagged: { $type: 'date', iso: 'not really' } };
    expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(value))))).toEqual(value);
  });
});
