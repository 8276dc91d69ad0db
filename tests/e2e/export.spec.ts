// Word exports in a real browser: the export dialog's live summary, the downloaded .docx, version numbers and the recent exports.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
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
  const summary = dialog.getByRole('status');
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
  expect(download.suggestedFilename()).toMatch(new RegExp(`^Appendix 1 - ${CYP} - \\d{1,2} [A-Z][a-z]+ \\d{4} - v1\\.docx$`));
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
