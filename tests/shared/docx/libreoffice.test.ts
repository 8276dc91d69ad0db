// The three Word exports opened by LibreOffice and printed to PDF: page count, page furniture on every page, and all the text there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import trackerJson from '../../fixtures/herefordshire-cypsc-tracker-2021.json';
import { buildAppendixDocx, buildResponsesDocx, buildScheduleDocx, formatLongDate, readInterchange } from '../../../shared/index';

function which(...names: string[]): string | null {
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}

const office = which('libreoffice', 'soffice');
const poppler = which('pdfinfo') !== null && which('pdftotext') !== null;
const missing = !office ? 'LibreOffice (libreoffice or soffice) is not installed' : !poppler ? 'poppler-utils (pdfinfo, pdftotext) is not installed' : null;
if (missing) console.warn(`Skipping the LibreOffice checks of the Word exports: ${missing}. CI installs it.`);

interface JsonRec {
  text: string;
  response?: string | null;
  action?: string | null;
}
type Json = { meetings: { date: string; items: { title: string; recommendations: JsonRec[] }[] }[] };

const footer = { author: 'Webb, Danial', date: '2025-07-17', version: 7 };
const DOCS = ['appendix', 'schedule', 'responses'] as const;
type DocName = (typeof DOCS)[number];

// Page counts LibreOffice gives today (16, 10 and 6), with room for another release's or font's line breaks.
const PAGES: Record<DocName, [number, number]> = { appendix: [12, 20], schedule: [8, 13], responses: [4, 8] };

/** Letters only: table cells wrap lines and PDF text extraction re-spaces them; bullets are the Word list's, wherever it prints them. */
const squash = (s: string) => s.replace(/[\s•]+/g, '');

/**
 * Whether `want` appears in `text` in order, allowing interruptions: a row too tall to keep whole
 * breaks across pages, and the PDF then gives the first part of each of its cells before the rest.
 */
function appearsInOrder(text: string, want: string): boolean {
  const from = (start: number): boolean => {
    let at = start;
    let i = 0;
    while (i < want.length) {
      if (text[at] === want[i]) {
        at += 1;
        i += 1;
        continue;
      }
      const next = text.indexOf(want.slice(i, i + 20), at);
      if (next < 0 || next - at > 6000) return false;
      at = next;
    }
    return true;
  };
  // Many recommendations open alike ("That Herefordshire Council …"): try each place the opening stands.
  for (let start = text.indexOf(want.slice(0, 20)); start >= 0; start = text.indexOf(want.slice(0, 20), start + 1)) {
    if (from(start)) return true;
  }
  return false;
}

describe.skipIf(missing !== null)(`LibreOffice opens the Word exports${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let dir = '';
  const pdf = (name: DocName) => join(dir, `${name}.pdf`);
  const pageCount = (name: DocName) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))![1]);
  const pageText = (name: DocName, page: number) =>
    execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf(name), '-'], { encoding: 'utf8' });
  /** The body text of all pages with the page furniture and repeated heading rows taken out, so text broken across pages joins up. */
  const bodyText = (name: DocName, repeated: string[]) => {
    let text = squash(execFileSync('pdftotext', ['-raw', pdf(name), '-'], { encoding: 'utf8' }));
    text = text.replace(/Webb,DanialPage\d+17\/07\/25Versionnumber7/g, '').replace(/OFFICIAL/g, '');
    for (const r of repeated) text = text.split(squash(r)).join('');
    return text;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scrutiny-docx-'));
    const files = {
      appendix: await buildAppendixDocx(readInterchange(appendixJson), { ...footer, period: 'September 2023 — March 2025' }),
      schedule: await buildScheduleDocx(readInterchange(scheduleJson), footer),
      responses: await buildResponsesDocx(readInterchange(trackerJson), footer),
    };
    for (const name of DOCS) writeFileSync(join(dir, `${name}.docx`), files[name]);
    // A profile of its own, so a LibreOffice the user has open (or another test run) cannot swallow the job.
    execFileSync(
      office!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...DOCS.map((n) => join(dir, `${n}.docx`)),
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts all three documents', () => {
    for (const name of DOCS) expect(existsSync(pdf(name)), `${name}.pdf`).toBe(true);
  });

  it('prints landscape A4 pages, as many as expected', () => {
    for (const name of DOCS) {
      const info = execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' });
      const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
      expect(Math.round(w!), name).toBe(842);
      expect(Math.round(h!), name).toBe(595);
      const [least, most] = PAGES[name];
      expect(pageCount(name), name).toBeGreaterThanOrEqual(least);
      expect(pageCount(name), name).toBeLessThanOrEqual(most);
    }
  });

  it('prints the marking, the footer with its own page number and the column headings on every page', () => {
    const headingRow: Record<DocName, string> = {
      appendix: 'Rec. Recommendation Accepted/Rejected Response',
      schedule: 'Meeting Item Recommendations Action Status',
      responses: 'Item Recommendations Executive responses / update',
    };
    for (const name of DOCS) {
      for (let page = 1; page <= pageCount(name); page += 1) {
        const text = pageText(name, page);
        const where = `${name} page ${page}`;
        expect(text.split('\n')[0], where).toBe('OFFICIAL');
        expect(text, where).toContain(`Webb, Danial Page ${page} 17/07/25`);
        expect(text, where).toContain('Version number 7');
        // Every page holds part of a table, so the repeated heading row shows on each.
        expect(squash(text), where).toContain(squash(headingRow[name]));
      }
    }
  });

  it('has all the appendix text: title, dates, items, every recommendation and response', () => {
    const json = appendixJson as unknown as Json;
    const first = pageText('appendix', 1);
    expect(first).toContain('Appendix 1 Recommendations made by Children and Young People Scrutiny Committee');
    expect(first).toContain('September 2023 — March 2025');
    const text = bodyText('appendix', ['Rec. Recommendation Accepted/Rejected Response']);
    for (const m of json.meetings) {
      expect(text).toContain(squash(formatLongDate(m.date)));
      for (const item of m.items) {
        expect(text).toContain(squash(item.title));
        for (const r of item.recommendations) {
          expect(appearsInOrder(text, squash(r.text)), r.text.slice(0, 60)).toBe(true);
          if (r.response) expect(appearsInOrder(text, squash(r.response)), r.response.slice(0, 60)).toBe(true);
        }
      }
    }
  });

  it('has all the schedule text and the responses tracker text', () => {
    const schedule = bodyText('schedule', ['Meeting Item Recommendations Action Status']);
    for (const m of (scheduleJson as unknown as Json).meetings) {
      expect(schedule).toContain(squash(formatLongDate(m.date)));
      for (const item of m.items) {
        for (const r of item.recommendations) {
          expect(appearsInOrder(schedule, squash(r.text)), r.text.slice(0, 60)).toBe(true);
          if (r.action) expect(appearsInOrder(schedule, squash(r.action)), r.action.slice(0, 60)).toBe(true);
        }
      }
    }
    const responses = squash(execFileSync('pdftotext', ['-raw', pdf('responses'), '-'], { encoding: 'utf8' }));
    for (const m of (trackerJson as unknown as Json).meetings) {
      expect(responses).toContain(squash(formatLongDate(m.date)));
      for (const item of m.items) {
        expect(responses).toContain(squash(item.title));
        // Long cells break across pages here; the first line of each recommendation is enough to place it.
        for (const r of item.recommendations) expect(responses).toContain(squash(r.text.split('\n')[0]!.slice(0, 60)));
      }
    }
  });
});
