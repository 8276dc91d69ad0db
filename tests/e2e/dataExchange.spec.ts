// In and out in a real browser: a council's CSV imported through the column mapping and preview,
// last year's Word appendix imported whole, and the view exported to CSV and Excel with a
// formula-looking recommendation neutralised in both.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { buildAppendixDocx } from '../../shared/docx/index';
import { readInterchange } from '../../shared/interchange/readInterchange';
import { command, openFreshApp, table, tempFile } from './helpers';

const CYP = 'Children and Young People Scrutiny Committee';
const FORMULA = '=SUM(B2:B9) is the cost the committee asks to see';

// A council's own sheet: the meeting and item printed once for their group, as they leave them.
const CSV = [
  'Meeting,Item,Recommendation,Executive response,Accepted/Rejected,Status',
  '26/09/2023,Home to school transport,That the policy is reviewed before the next school year.,Agreed; review under way.,Accepted,In progress',
  ',,That parents are consulted on any change.,A consultation will run in spring.,Partly accepted,',
  `,Budget monitoring,"${FORMULA}",,,`,
  '14/11/2023,Youth services,"That youth clubs in market towns are kept open, and",Not affordable this year.,Rejected,Stalled',
  ',,,,,',
].join('\r\n');

async function importCsv(page: Page): Promise<void> {
  await command(page, 'Import', 'A tracker file or spreadsheet…');
  const dialog = page.getByRole('dialog', { name: 'Import a tracker' });
  await dialog.getByLabel('Tracker file').setInputFiles(await tempFile('council tracker.csv', CSV));

  // The mapping step, filled in from the headings.
  await expect(dialog.getByLabel('Column 1: Meeting')).toHaveValue('meetingDate');
  await expect(dialog.getByLabel('Column 2: Item')).toHaveValue('itemTitle');
  await expect(dialog.getByLabel('Column 3: Recommendation')).toHaveValue('text');
  await expect(dialog.getByLabel('Column 4: Executive response')).toHaveValue('responseText');
  await expect(dialog.getByLabel('Column 5: Accepted/Rejected')).toHaveValue('responseOutcome');
  await expect(dialog.getByLabel('Column 6: Status')).toHaveValue('status');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the committee’s name, or choose the column that names it.');
  await dialog.getByLabel('Committee name').fill(CYP);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  // The preview: counts from a dry run and every problem, before anything is written.
  await expect(dialog.getByRole('status')).toHaveText('Adds 1 committee, 2 meetings, 3 agenda items, 4 recommendations.');
  await expect(dialog.getByText(`From council tracker.csv: ${CYP}: 2 meetings, 3 agenda items, 4 recommendations.`)).toBeVisible();
  await expect(dialog.getByText('1 problem found')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(/^Row 5: the status "Stalled" is not one the tracker knows/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 recommendations from council tracker.csv.' })).toBeVisible();
}

test('imports a council CSV through the column mapping and the preview', async ({ page }) => {
  await openFreshApp(page);
  await importCsv(page);
  await expect(page.getByText('4 recommendations', { exact: true })).toBeVisible();
  const row = table(page).getByRole('option', { name: /That parents are consulted on any change/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Partially accepted');
  await row.click();
  await expect(page.getByText('26 September 2023 · Home to school transport')).toBeVisible();
  // The status the tracker did not know is kept in the notes, not lost.
  await table(page).getByRole('option', { name: /youth clubs in market towns/ }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('Status as written: Stalled');
});

test('imports last year\'s Word appendix: 49 recommendations from 9 meetings', async ({ page }) => {
  const example = JSON.parse(readFileSync(new URL('../fixtures/herefordshire-cypsc-appendix-2023-2025.json', import.meta.url), 'utf8')) as unknown;
  const docx = await buildAppendixDocx(readInterchange(example), { author: 'Webb, Danial', version: 7 });
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Import a tracker file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a tracker' });
  await dialog.getByLabel('Tracker file').setInputFiles(await tempFile('Appendix 1 2023-2025.docx', docx));
  await expect(dialog.getByLabel('Committee name')).toHaveValue(CYP);
  await expect(dialog.getByText(`From Appendix 1 2023-2025.docx: ${CYP}: 9 meetings, 17 agenda items, 49 recommendations.`)).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Adds 1 committee, 9 meetings, 17 agenda items, 49 recommendations.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('restorative');
  await expect(page.getByText('3 recommendations', { exact: true })).toBeVisible();

  // The same appendix again adds nothing, and the preview says so before anything is done.
  await command(page, 'Import', 'A tracker file or spreadsheet…');
  await dialog.getByLabel('Tracker file').setInputFiles(await tempFile('again.docx', docx));
  await expect(dialog.getByRole('status')).toHaveText('Adds nothing: all 49 recommendations are already in the tracker.');
});

test('exports the view to CSV and Excel with a formula-looking recommendation made safe', async ({ page }) => {
  await openFreshApp(page);
  await importCsv(page);
  await expect(page.getByText('4 recommendations', { exact: true })).toBeVisible();

  await command(page, 'Export', 'Data (CSV, Excel, JSON)…');
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  await expect(dialog.getByRole('status')).toHaveText("The view holds 4 recommendations, in the table's order.");
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export the view to CSV…' }).click();
  const csv = await downloading;
  expect(csv.suggestedFilename()).toMatch(new RegExp(`^${CYP} recommendations \\d{1,2} [A-Z][a-z]+ \\d{4}\\.csv$`));
  const text = await readFile(await csv.path(), 'utf8');
  expect(text.startsWith('\ufeff"Committee","Meeting date","Item number","Item","Rec.","Recommendation"')).toBe(true);
  expect(text).toContain(`"'${FORMULA}"`);
  expect(text).toContain(`"${CYP}","26 September 2023","","Home to school transport","","That the policy is reviewed before the next school year."`);
  await expect(dialog).toBeHidden();

  await command(page, 'Export', 'Data (CSV, Excel, JSON)…');
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export the view to Excel (.xlsx)…' }).click();
  const xlsx = await downloading;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(await xlsx.path())).buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(6).value).toBe('Recommendation');
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const texts = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(6).value);
  expect(texts).toContain(`'${FORMULA}`);
  expect(texts).toHaveLength(4);

  // The workbook imports again through the same dialog, read in the browser: it is all there already.
  await command(page, 'Import', 'A tracker file or spreadsheet…');
  const importing = page.getByRole('dialog', { name: 'Import a tracker' });
  await importing.getByLabel('Tracker file').setInputFiles(await xlsx.path());
  await expect(importing.getByLabel('Column 1: Committee')).toHaveValue('committee');
  await expect(importing.getByLabel('Column 6: Recommendation')).toHaveValue('text');
  await importing.getByRole('button', { name: 'Preview' }).click();
  await expect(importing.getByRole('status')).toHaveText('Adds nothing: all 4 recommendations are already in the tracker.');
  await importing.getByRole('button', { name: 'Cancel' }).click();

  // The whole tracker as interchange JSON, which imports again as it went out.
  await command(page, 'Export', 'Data (CSV, Excel, JSON)…');
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export the whole tracker (interchange JSON)…' }).click();
  const json = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as { committee: string };
  expect(json.committee).toBe(CYP);
  expect(readInterchange(json).recommendations.map((r) => r.text)).toContain(FORMULA);
});
