// The chase outputs without the UI: the letter, the .eml draft and the copied text, what is saved under which name, and what counts as done.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHASING_SETTINGS, resolveChasingSettings, type BoardInput, greetingFor } from '../../../shared/index';
import { chaseFileName, produceChase, templateText, type ChaseForm } from '../../../renderer/features/chasing/chaseFiles';
import type { SaveRequest } from '../../../renderer/platform/index';
import { rec } from '../../shared/chasing/fixtures';

const TODAY = '2026-11-22';
const settings = resolveChasingSettings({ officerName: 'Danial Webb', councilName: 'Herefordshire Council' });
const items: BoardInput[] = [
  { recommendation: rec({ label: '2', receivedDate: '2026-07-22', text: 'Publish the early help dashboard.' }), meetingDate: '2026-07-22', itemTitle: 'Early Help', committeeName: 'Children and Young People Scrutiny Committee' },
  { recommendation: rec({ label: '3', receivedDate: '2026-07-22', text: 'Report on waiting times.' }), meetingDate: '2026-07-22', itemTitle: 'Early Help', committeeName: 'Children and Young People Scrutiny Committee' },
];

function form(overrides: Partial<ChaseForm> = {}): ChaseForm {
  const filled = templateText(items, 'chase', 'Councillor Ivan Powell', TODAY, settings);
  return { level: 'chase', toName: 'Councillor Ivan Powell', toEmail: '', toAddress: '', greeting: greetingFor('Councillor Ivan Powell'), subject: filled.subject, body: filled.body, ...overrides };
}

function fakes(answer: 'saved' | 'cancelled' = 'saved', copied = true) {
  const saved: SaveRequest[] = [];
  const copies: string[] = [];
  return {
    saved,
    copies,
    save: vi.fn(async (r: SaveRequest) => (saved.push(r), answer)),
    copy: vi.fn(async (text: string) => (copies.push(text), copied)),
  };
}

describe('producing a chase', () => {
  it('fills the template for the level and whom it is to', () => {
    const filled = templateText(items, 'chase', 'Councillor Ivan Powell', TODAY, settings);
    expect(filled.owner.name).toBe('Executive (cabinet)');
    expect(filled.subject).toBe('Overdue: response to Children and Young People Scrutiny Committee recommendations');
    expect(filled.body).toMatch(/^The response to 2 recommendations made by the Children and Young People Scrutiny Committee/);
    expect(filled.rows.map((r) => r.label)).toEqual(['2', '3']);
    expect(chaseFileName('letter', 'escalation', 'Cllr Jane Smith', TODAY)).toBe('Escalation letter - Cllr Jane Smith - 22 November 2026.docx');
  });

  it('saves the letter as a Word document signed by the officer', async () => {
    const f = fakes();
    await expect(produceChase({ output: 'letter', form: form(), items, settings, today: TODAY, save: f.save, copy: f.copy })).resolves.toBe(true);
    expect(f.saved[0]).toMatchObject({ suggestedName: 'Chase letter - Executive (cabinet) - 22 November 2026.docx', filters: [{ name: 'Word document', extensions: ['docx'] }] });
    const zip = await JSZip.loadAsync(f.saved[0]!.data as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const words of ['Dear Councillor Powell', 'Danial Webb', 'Publish the early help dashboard.', '22 November 2026']) expect(xml).toContain(words);
  });

  it('prints the officer’s address and contact details, and the addressee’s postal address, on the letter and in the email', async () => {
    const contact = resolveChasingSettings({
      officerName: 'Danial Webb',
      councilName: 'Herefordshire Council',
      officerAddress: 'Plough Lane\nHereford HR4 0LE',
      officerEmail: 'danial.webb@herefordshire.gov.uk',
      officerPhone: '01432 260000',
      letterReference: 'SCR/CYP',
    });
    const f = fakes();
    const addressed = form({ toAddress: 'Herefordshire Council\nPlough Lane\nHereford HR4 0LE' });
    await produceChase({ output: 'letter', form: addressed, items, settings: contact, today: TODAY, save: f.save, copy: f.copy });
    const xml = await (await JSZip.loadAsync(f.saved[0]!.data as Uint8Array)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    // The sender block, top right: council, address lines, then the reply block a council letter
    // carries (Our ref, Please ask for, Direct line, Email); then the date; then the addressee.
    const top = paragraphs.slice(0, 11);
    expect(top).toEqual([
      'Herefordshire Council',
      'Plough Lane',
      'Hereford HR4 0LE',
      'Our ref: SCR/CYP',
      'Please ask for: Danial Webb',
      'Direct line: 01432 260000',
      'Email: danial.webb@herefordshire.gov.uk',
      '22 November 2026',
      'Councillor Ivan Powell',
      'Herefordshire Council',
      'Plough Lane',
    ]);
    await produceChase({ output: 'copy', form: addressed, items, settings: contact, today: TODAY, save: f.save, copy: f.copy });
    expect(f.copies[0]).toMatch(/Danial Webb\nStatutory Scrutiny Officer\nHerefordshire Council\nTelephone: 01432 260000\nEmail: danial.webb@herefordshire.gov.uk\n$/);
  });

  it('saves the email as an unsent draft with the recipient, and the words the officer edited', async () => {
    const f = fakes();
    const edited = form({ toEmail: 'ivan.powell@herefordshire.gov.uk', subject: 'Early help: response overdue', body: 'Please reply by Friday.' });
    await expect(produceChase({ output: 'eml', form: edited, items, settings, today: TODAY, save: f.save, copy: f.copy, now: new Date(Date.UTC(2026, 10, 22, 9)) })).resolves.toBe(true);
    const request = f.saved[0]!;
    expect(request.mimeType).toBe('message/rfc822');
    expect(request.suggestedName).toBe('Chase email - Executive (cabinet) - 22 November 2026.eml');
    const eml = String(request.data).replace(/\r\n[ \t]/g, ' ');
    expect(eml.startsWith('X-Unsent: 1\r\n')).toBe(true);
    expect(eml).toContain('To: "Councillor Ivan Powell" <ivan.powell@herefordshire.gov.uk>\r\n');
    expect(eml).toContain('Subject: Early help: response overdue\r\n');
    expect(eml).toContain('Please reply by Friday.');
  });

  it('copies the email text, and says when the computer refused', async () => {
    const f = fakes('saved', true);
    await expect(produceChase({ output: 'copy', form: form(), items, settings, today: TODAY, save: f.save, copy: f.copy })).resolves.toBe(true);
    expect(f.copies[0]).toMatch(/^Dear Councillor Powell,\n\nThe response to 2 recommendations/);
    expect(f.copies[0]).toContain('Recommendation: 2) Publish the early help dashboard.');
    expect(f.copies[0]).toMatch(/Kind regards\n\nDanial Webb\nStatutory Scrutiny Officer\nHerefordshire Council\n$/);
    expect(f.save).not.toHaveBeenCalled();
    const refused = fakes('saved', false);
    await expect(produceChase({ output: 'copy', form: form(), items, settings, today: TODAY, save: refused.save, copy: refused.copy })).resolves.toBe(false);
  });

  it('counts a cancelled Save dialog as not done', async () => {
    const f = fakes('cancelled');
    await expect(produceChase({ output: 'eml', form: form(), items, settings, today: TODAY, save: f.save, copy: f.copy })).resolves.toBe(false);
  });

  it('refuses, in plain English, what cannot be sent', async () => {
    const f = fakes();
    const run = (output: 'letter' | 'eml' | 'copy', chase: ChaseForm, s = settings) => produceChase({ output, form: chase, items, settings: s, today: TODAY, save: f.save, copy: f.copy });
    await expect(run('letter', form(), DEFAULT_CHASING_SETTINGS)).rejects.toThrow('set the officer’s name in the chasing settings');
    await expect(run('letter', form({ toName: ' ' }))).rejects.toThrow(/Say whom the chase is to/);
    await expect(run('copy', form({ toName: '' }))).rejects.toThrow(/Say whom the chase is to/);
    await expect(run('eml', form({ toEmail: 'ivan at council' }))).rejects.toThrow('"ivan at council" is not an email address');
    await expect(run('eml', form({ subject: 'Overdue\r\nBcc: everyone@example.com' }))).rejects.toThrow(/line break/);
    await expect(run('eml', form({ subject: '  ' }))).rejects.toThrow('The chase has no subject.');
    expect(f.save).not.toHaveBeenCalled();
  });
});
