// The three Word formats after LibreOffice has opened and saved them (its own XML for the same
// tables: other spacing, merges and styles), read back with the examples' counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import responsesJson from '../../fixtures/herefordshire-cypsc-tracker-2021.json';
import { buildAppendixDocx, buildResponsesDocx, buildScheduleDocx } from '../../../shared/docx/index';
import { readInterchange } from '../../../shared/interchange/readInterchange';
import { readTrackerDocx } from '../../../shared/trackerDocx/index';
import { hasLibreOffice, SKIP_MESSAGE } from '../documents/libreoffice';

if (!hasLibreOffice) console.warn(SKIP_MESSAGE);

/** Each document opened and saved again as .docx by LibreOffice. */
function resaved(documents: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-lo-tracker-'));
  try {
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    const paths = Object.entries(documents).map(([name, bytes]) => {
      const path = join(dir, 'in', `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), ...paths], { timeout: 180_000 });
    return Object.fromEntries(Object.keys(documents).map((name) => [name, new Uint8Array(readFileSync(join(dir, 'out', `${name}.docx`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasLibreOffice)('readTrackerDocx on documents saved by LibreOffice', () => {
  it('reads the appendix, the schedule and the responses tracker with the examples\' counts', async () => {
    const files = resaved({
      appendix: await buildAppendixDocx(readInterchange(appendixJson)),
      schedule: await buildScheduleDocx(readInterchange(scheduleJson)),
      responses: await buildResponsesDocx(readInterchange(responsesJson)),
    });
    const counts = async (bytes: Uint8Array) => {
      const read = await readTrackerDocx(bytes);
      return [read.format, read.committeeName, read.tracker.meetings.length, read.tracker.items.length, read.tracker.recommendations.length];
    };
    const CYP = 'Children and Young People Scrutiny Committee';
    expect(await counts(files.appendix!)).toEqual(['appendix', CYP, 9, 17, 49]);
    expect(await counts(files.schedule!)).toEqual(['schedule', CYP, 8, 18, 39]);
    expect(await counts(files.responses!)).toEqual(['responses', CYP, 6, 11, 40]);
    const appendix = await readTrackerDocx(files.appendix!);
    const original = readInterchange(appendixJson);
    expect(appendix.tracker.recommendations.map((r) => [r.label, r.text, r.responseOutcome])).toEqual(original.recommendations.map((r) => [r.label, r.text, r.responseOutcome]));
  }, 240_000);
});
