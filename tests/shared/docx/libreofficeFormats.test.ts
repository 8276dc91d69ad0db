// A custom five-column format (York-like) and a document filled into a council template, opened by LibreOffice and printed to PDF: pages, headings, the template's header and logo, every recommendation. SHOTS_DIR=<folder> also keeps PNGs of the first pages to look at.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import appendixJson from '../../fixtures/herefordshire-cypsc-appendix-2023-2025.json';
import scheduleJson from '../../fixtures/herefordshire-cypsc-schedule-2019-2021.json';
import { buildAppendixDocx, buildFormatDocx, readInterchange } from '../../../shared/index';
import { YORK } from './formatFixtures';
import { councilTemplate } from './templateFixture';

function has(name: string): boolean {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
const office = has('libreoffice') ? 'libreoffice' : has('soffice') ? 'soffice' : null;
const missing = !office ? 'LibreOffice is not installed' : !has('pdftotext') || !has('pdfimages') ? 'poppler-utils is not installed' : null;
if (missing) console.warn(`Skipping the LibreOffice checks of formats and templates: ${missing}.`);

const squash = (s: string) => s.replace(/\s+/g, '');
const DOCS = ['york', 'templated'] as const;

describe.skipIf(missing !== null)('LibreOffice prints a custom format and a templated document', () => {
  let dir = '';
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))![1]);
  const pageText = (name: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf(name), '-'], { encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scrutiny-formats-'));
    writeFileSync(join(dir, 'york.docx'), await buildFormatDocx(readInterchange(scheduleJson), YORK, { author: 'A. Officer', date: '2025-07-17', version: 2 }));
    writeFileSync(
      join(dir, 'templated.docx'),
      await buildAppendixDocx(readInterchange(appendixJson), { author: 'Webb, Danial', date: '2025-07-17', version: 7, period: 'September 2023 — March 2025', template: await councilTemplate() }),
    );
    execFileSync(office!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...DOCS.map((d) => join(dir, `${d}.docx`))], {
      timeout: 120_000,
      stdio: 'pipe',
    });
    const shots = process.env.SHOTS_DIR;
    if (shots && has('pdftoppm')) {
      for (const d of DOCS) {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf(d), join(dir, d)]);
        for (const f of readdirSync(dir).filter((f) => f.startsWith(`${d}-`) && f.endsWith('.png'))) copyFileSync(join(dir, f), join(shots, f));
      }
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the York-like format: its title, five headings on every page and every recommendation', () => {
    expect(existsSync(pdf('york'))).toBe(true);
    expect(squash(pageText('york', 1))).toContain(squash('Scrutiny recommendations tracker: Children and Young People Scrutiny Committee'));
    for (let p = 1; p <= pages('york'); p++) expect(squash(pageText('york', p)), `page ${p}`).toContain(squash('Ref Date Recommendation Action taken'));
    const all = squash(execFileSync('pdftotext', ['-raw', pdf('york'), '-'], { encoding: 'utf8' }));
    const json = scheduleJson as unknown as { meetings: { items: { recommendations: { text: string }[] }[] }[] };
    const texts = json.meetings.flatMap((m) => m.items.flatMap((i) => i.recommendations.map((r) => r.text)));
    // Words of each recommendation's first line (text broken over a page picks up the repeated headings).
    for (const t of texts) expect(all).toContain(squash(t.replace(/^•\s*/, '').slice(0, 40)));
  });

  it("prints the templated appendix inside the template: its header and logo on every page, the placeholders filled", () => {
    const n = pages('templated');
    expect(n).toBeGreaterThan(10);
    for (let p = 1; p <= n; p++) {
      const text = pageText('templated', p);
      expect(text, `page ${p}`).toContain('Example Borough Council — Democratic Services');
      expect(text, `page ${p}`).toContain(`Example Borough Council · page ${p}`);
      expect(text, `page ${p}`).not.toContain('OFFICIAL');
    }
    const first = squash(pageText('templated', 1));
    expect(first).toContain(squash('Report to Children and Young People Scrutiny Committee'));
    expect(first).toContain(squash('Period: September 2023 — March 2025. Version 7, 17 July 2025, prepared by Webb, Danial.'));
    expect(first).toContain(squash('Appendix 1 Recommendations made by Children and Young People Scrutiny Committee'));
    const images = execFileSync('pdfimages', ['-list', pdf('templated')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(n);
    expect(pageText('templated', n)).toContain('End of the appendix.');
  });
});
