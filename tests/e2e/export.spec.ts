// Word exports in a real browser: the export dialog's live summary, the downloaded .docx, version numbers and the recent exports.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { command, openFreshApp } from './helpers';

const CYP = 'Children and Young People Scrutiny Committee';
/** A 1×1 pixel PNG, for the logo. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** From the example's first meeting, 26 September 2023. */
const FIRST_2023 = 'The council will make full use of school information collection to plan and deliver early help support.';

async function openExportDialog(page: Page) {
  await command(page, 'Export', 'To Word…');
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function readDocx(download: Download): Promise<{ document: string; footers: string }> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const names = Object.keys(zip.files);
  const footers = await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  return { document: await zip.file('word/document.xml')!.async('string'), footers: footers.join('\n') };
}

test('exports the example appendix to Word, raising the version number on each export', async ({ page }) => {
  await openFreshApp(page);
  // Nothing to export yet: the command is there, greyed, saying why.
  await page.getByRole('navigation', { name: 'Commands' }).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: /To Word…/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('menuitem', { name: /To Word…/ })).toContainText('The tracker is empty');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();

  let dialog = await openExportDialog(page);
  const summary = dialog.getByRole('status').first();
  await expect(summary).toHaveText('49 recommendations from 9 meetings. This will be version 1.');
  await expect(dialog.getByLabel('Committee', { exact: true })).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Committee', { exact: true }).locator('option:checked')).toHaveText(CYP);
  await expect(dialog.getByRole('radio', { name: /^Appendix/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Landscape' })).toBeChecked();
  await expect(dialog.getByLabel('Font', { exact: true })).toHaveValue('Arial');
  await expect(dialog.getByLabel('Font size (points)')).toHaveValue('11');
  await expect(dialog.getByLabel('Classification marking')).toHaveValue('OFFICIAL');
  await expect(dialog.getByText('Nothing exported yet.')).toBeVisible();

  // The summary follows the choices as they are made.
  await dialog.getByLabel('Meetings from').fill('2024-01-01');
  await dialog.getByLabel('Meetings to').fill('2024-12-31');
  await expect(summary).toHaveText('40 recommendations from 6 meetings. This will be version 1.');
  await dialog.getByRole('radio', { name: /Only awaiting a response/ }).check();
  await expect(summary).not.toHaveText(/^40 recommendations/);
  await dialog.getByRole('radio', { name: 'All', exact: true }).check();
  await expect(summary).toHaveText(/^40 recommendations from 6 meetings/);

  // Nothing to export: the Export button is disabled and the summary says why.
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await dialog.getByLabel('Meetings to').fill('');
  await dialog.getByLabel('Meetings from').fill('2030-01-01');
  await expect(summary).toHaveText('No recommendations match these choices.');
  await expect(exportButton).toBeDisabled();
  // A range that runs backwards is explained, not exported.
  await dialog.getByLabel('Meetings to').fill('2024-01-01');
  await expect(dialog.getByRole('alert')).toContainText('The date range runs backwards');
  await expect(exportButton).toBeDisabled();

  await dialog.getByLabel('Meetings from').fill('');
  await dialog.getByLabel('Meetings to').fill('');
  await expect(summary).toHaveText('49 recommendations from 9 meetings. This will be version 1.');
  await dialog.getByLabel('Author').fill('Webb, Danial');

  let downloading = page.waitForEvent('download');
  await exportButton.click();
  let download = await downloading;
  // Named after the period the document covers, not the day it was made.
  expect(download.suggestedFilename()).toBe(`Appendix 1 - ${CYP} - September 2023 to January 2025 - v1.docx`);
  let docx = await readDocx(download);
  expect(docx.document).toContain(`Appendix 1 Recommendations made by ${CYP}`);
  expect(docx.document).toContain(FIRST_2023);
  expect(docx.footers).toContain('Version number 1');
  expect(docx.footers).toContain('Webb, Danial');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Appendix version 1 saved: 49 recommendations.')).toBeVisible();

  // The second export of the same document is version 2, and the dialog remembers the author.
  dialog = await openExportDialog(page);
  await expect(dialog.getByRole('status')).toHaveText('49 recommendations from 9 meetings. This will be version 2.');
  await expect(dialog.getByLabel('Author')).toHaveValue('Webb, Danial');
  await dialog.getByLabel('Meetings from').fill('2024-01-01');
  await dialog.getByLabel('Meetings to').fill('2024-12-31');
  await expect(dialog.getByRole('status')).toHaveText('40 recommendations from 6 meetings. This will be version 2.');
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toMatch(/ - v2\.docx$/);
  docx = await readDocx(download);
  expect(docx.footers).toContain('Version number 2');
  expect(docx.document).toContain(`Appendix 1 Recommendations made by ${CYP}`);
  expect(docx.document).not.toContain(FIRST_2023);
  await expect(page.getByText('Appendix version 2 saved: 40 recommendations.')).toBeVisible();

  // Both exports are listed, newest first, so the officer can say which version went to which agenda.
  dialog = await openExportDialog(page);
  const recent = dialog.getByRole('list', { name: 'Recent exports' }).getByRole('listitem');
  await expect(recent).toHaveCount(2);
  await expect(recent.nth(0)).toHaveText(
    new RegExp(`^Appendix version 2, ${CYP}: 40 recommendations, meetings 1 January 2024 to 31 December 2024\\. Exported \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$`),
  );
  await expect(recent.nth(1)).toHaveText(new RegExp(`^Appendix version 1, ${CYP}: 49 recommendations\\. Exported \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$`));
  // Another document has its own numbering.
  await dialog.getByRole('radio', { name: /^Schedule with status/ }).check();
  await expect(dialog.getByRole('status')).toHaveText('49 recommendations from 9 meetings. This will be version 1.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the export dialog works from the keyboard and shows the council’s wording', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  // Keyboard only: the Export menu opens with the arrow key, and Enter runs its first command.
  const opener = page.getByRole('navigation', { name: 'Commands' }).getByRole('button', { name: 'Export', exact: true });
  await opener.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /To Word…/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog.getByRole('status')).toHaveText(/^49 recommendations from 9 meetings/);

  // The Wording section opens with the seeds' headings for the chosen document.
  await dialog.getByText('Wording', { exact: true }).click();
  await expect(dialog.getByLabel('Outcome column')).toHaveValue('Accepted/Rejected');
  await expect(dialog.getByLabel('Partially accepted')).toHaveValue('Partially accepted');
  await dialog.getByRole('radio', { name: /^Responses tracker/ }).check();
  await expect(dialog.getByLabel('Responses column')).toHaveValue('Executive responses / update');

  // Arrow keys move between the radio buttons of a group.
  await dialog.getByRole('radio', { name: /^Responses tracker/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: /^Schedule with status/ })).toBeChecked();
  await expect(dialog.getByLabel('Status column')).toHaveValue('Status');

  // A logo: a GIF is refused in plain English; a PNG is shown by name, can be removed, and ends up in the document.
  const logo = dialog.getByLabel('Council logo (PNG or JPEG, optional)');
  await logo.setInputFiles({ name: 'crest.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
  await expect(dialog.getByRole('alert')).toHaveText('crest.gif is not a PNG or JPEG image. Save the logo as .png or .jpg and choose it again.');
  await logo.setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
  await expect(dialog.getByText('Printed on the first page: crest.png')).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove logo' }).click();
  await expect(dialog.getByText('No logo is printed.')).toBeVisible();
  await logo.setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
  await dialog.getByLabel('Status column').fill('Progress');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^Schedule with status - ${CYP} - .* - v1\\.docx$`));
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  expect(await zip.file('word/document.xml')!.async('string')).toContain('>Progress<');
  await expect(page.getByText('Schedule version 1 saved: 49 recommendations.')).toBeVisible();
  await expect(opener).toBeFocused();

  // The logo and the wording are remembered for next time; Escape closes the dialog. (Enter on the
  // Export menu opens it on its first command; Enter again runs it.)
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /To Word…/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Printed on the first page: crest.png')).toBeVisible();
  await dialog.getByText('Wording', { exact: true }).click();
  await expect(dialog.getByLabel('Status column')).toHaveValue('Progress');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

/** A council template as an officer makes one in Word: letterhead header, footer with page numbers, {{tracker}} where the tables go. */
async function councilTemplate(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: 'Example Borough Council letterhead', bold: true })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })] }) },
        children: [new Paragraph('Report to {{committee}}, {{period}}'), new Paragraph('{{tracker}}')],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

test('makes a format from another, previews and saves it, fills the council template, and dates the export by the meeting chosen', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();

  // The meeting chosen in the sidebar gives the dialog its dates, and the file its name.
  await page.getByRole('button', { name: '21 January 2025', exact: true }).click();
  const dialog = await openExportDialog(page);
  await expect(dialog.getByLabel('Meetings from')).toHaveValue('21/01/2025');
  await expect(dialog.getByLabel('Meetings to')).toHaveValue('21/01/2025');
  await expect(dialog.getByRole('status').first()).toHaveText(/^\d+ recommendations? from 1 meeting\./);
  await expect(dialog.getByText('Empty: January 2025')).toBeVisible();
  await dialog.getByLabel('Period line').fill('January — March 2025');

  // Make a format from the appendix: Response moved up with the keyboard, renamed and widened; a column added.
  await dialog.getByText('Format: columns and layout').click();
  await dialog.getByRole('button', { name: 'Make a format from this one' }).click();
  await dialog.getByLabel('Format name').fill('Our tracker');
  await dialog.getByRole('button', { name: 'Move up column 4' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Column 3: field')).toHaveValue('response');
  // Focus stays with the column that moved, so pressing Enter again moves it on.
  await expect(dialog.getByRole('button', { name: 'Move up column 3' })).toBeFocused();
  await dialog.getByLabel('Column 3: heading').fill('Executive response');
  await dialog.getByLabel('Column 3: width').fill('40');
  await dialog.getByLabel('Add a column').selectOption('leadOfficer');
  await dialog.getByRole('button', { name: 'Add column' }).click();
  await dialog.getByLabel('Column 5: heading').fill('Lead officer');
  // The live preview shows the columns in their new order at once.
  const preview = dialog.getByRole('figure');
  await expect(preview.getByRole('columnheader')).toHaveText(['Rec.', 'Recommendation', 'Executive response', 'Accepted/Rejected', 'Lead officer']);
  await expect(preview.getByRole('row')).not.toHaveCount(1);

  // Dragging a column by its handle moves it too.
  const items = dialog.getByRole('list', { name: 'Columns, in order' }).getByRole('listitem');
  await items.nth(4).dragTo(items.nth(0));
  await expect(preview.getByRole('columnheader').first()).toHaveText('Lead officer');

  // SHOTS_DIR=<folder> keeps a picture of the editor and its preview, to look at.
  if (process.env.SHOTS_DIR) await dialog.screenshot({ path: `${process.env.SHOTS_DIR}/export-dialog-format.png` });
  await dialog.getByRole('button', { name: 'Save format', exact: true }).click();
  await expect(dialog.getByText('Saved as “Our tracker”.', { exact: false })).toBeVisible();
  const savingFormat = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save format to a file…' }).click();
  const formatFile = await savingFormat;
  expect(formatFile.suggestedFilename()).toBe('Our tracker.format.json');
  const formatJson = await readFile(await formatFile.path(), 'utf8');
  expect(JSON.parse(formatJson).scrutinyTrackerFormat.columns[0].heading).toBe('Lead officer');

  // The whole dialog, editor open, passes the accessibility checks.
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The council template: a file without {{tracker}} is refused; a real one is used and remembered.
  const templateInput = dialog.getByLabel('Council template (Word .docx, optional)');
  await templateInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(dialog.getByRole('alert')).toContainText('notes.txt is not a Word document (.docx)');
  await templateInput.setInputFiles({
    name: 'council.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await councilTemplate(),
  });
  await expect(dialog.getByText(/The tables go into council\.docx/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Our tracker - ${CYP} - 21 January 2025 - v1.docx`);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  expect(documentXml).toContain('Report to ');
  expect(documentXml).toContain('January — March 2025');
  expect(documentXml).toContain('>Executive response<');
  expect(documentXml).toContain('>Lead officer<');
  expect(documentXml).not.toContain('{{');
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  expect(headers.join('')).toContain('Example Borough Council letterhead');

  // Next time: the template is remembered for the committee, and the saved format is offered.
  const again = await openExportDialog(page);
  await expect(again.getByText(/The tables go into council\.docx/)).toBeVisible();
  await again.getByText('Format: columns and layout').click();
  await again.getByLabel('Your formats').selectOption('Our tracker');
  await again.getByRole('button', { name: 'Use this format' }).click();
  await expect(again.getByLabel('Format name')).toHaveValue('Our tracker');
  await again.getByRole('button', { name: 'Back to the built-in format' }).click();
  // A format file opens on a colleague's computer.
  await again.getByLabel('Open a format file (.json)').setInputFiles({ name: 'Our tracker.format.json', mimeType: 'application/json', buffer: Buffer.from(formatJson) });
  await expect(again.getByLabel('Format name')).toHaveValue('Our tracker');
  await again.getByLabel('Open a format file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
  await expect(again.getByRole('alert')).toContainText('not a saved export format');
  await page.keyboard.press('Escape');
});

