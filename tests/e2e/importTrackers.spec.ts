// Other councils' trackers brought in through the real screens at 1366 × 768: a York-like workbook of two
// sheets (merged title rows, a committee column, RAG fills), a Word table in Maidstone's SCRAIP layout
// (a merged cabinet member cell, the meeting date above the table) and the common layout of issue 16
// (origin, priority, cabinet member, two monthly progress columns), each confirmed in the mapping step
// (checked by axe and from the keyboard), every field filled and nothing dropped; a second import of the
// same file adds nothing, and next month's file is one click that adds only what is new.
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { command, openFreshApp, table, tempFile } from './helpers';

const SHOTS = '/work/coord/shots/16';
const HEADINGS = ['Ref', 'Origin committee', 'Date', 'Area', 'Recommendation', 'Exec date', 'Lead officer/Executive member', 'Action taken', 'Status', 'Review due'];
const GREEN = 'FF00B050';

type Row = [string, string, Date, string, string, Date, string, string, string, string];

async function yorkWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, rows: Row[], greenRow?: number) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow([`Scrutiny recommendations tracker ${name}`]);
    ws.mergeCells(1, 1, 1, HEADINGS.length);
    ws.addRow(['Updated 1 March 2026']);
    ws.addRow(HEADINGS);
    for (const row of rows) ws.addRow(row);
    if (greenRow !== undefined) ws.getCell(3 + greenRow, 9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREEN } };
  };
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  sheet(
    '2024-25',
    [
      ['SR (24/25) 01', 'Corporate Scrutiny Committee', d(2024, 9, 9), 'Finance', 'That the Executive publishes a plain summary of the budget consultation.', d(2024, 10, 17), 'Director of Finance / Cllr Lomas', 'Summary published with the budget papers.', 'Complete', ''],
      ['SR (24/25) 02', 'People Scrutiny Committee', d(2024, 9, 16), 'Adult Social Care', 'That the Executive reviews charging for home care.', d(2024, 10, 17), 'Director of Adult Social Care', 'Review under way with carers.', 'Ongoing', 'June 2025'],
      ['SR (24/25) 03', 'People Scrutiny Committee', d(2024, 9, 16), 'Adult Social Care', 'That respite places are mapped by ward.', d(2024, 10, 17), 'Director of Adult Social Care', 'Work stopped while the service is restructured.', 'Paused', ''],
    ],
    1,
  );
  sheet('2025-26', [
    ['SR (25/26) 01', 'Place Scrutiny Committee', d(2025, 7, 7), 'Transport', 'That the Executive consults bus users before timetable changes.', d(2025, 8, 14), 'Director of Environment', '', '', ''],
    ['SR (25/26) 02', 'Corporate Scrutiny Committee', d(2025, 7, 14), 'Governance', 'That the scrutiny protocol is reviewed after a year.', d(2025, 8, 14), 'Head of Democratic Services', 'Review planned for summer 2026.', 'Ongoing', ''],
  ]);
  // The Status cell of the first sheet's first row is coloured green as well as worded: the words win.
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const text = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold })] });
const cell = (t: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) => new TableCell({ children: [text(t)], ...extra });

async function maidstoneDocx(): Promise<Uint8Array> {
  const heads = ['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer', 'Progress update'];
  const doc = new Document({
    sections: [
      {
        children: [
          text('Corporate Services Overview and Scrutiny Committee', true),
          text('Scrutiny recommendation action and implementation plan'),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('6 November 2012')] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: heads.map((h) => cell(h)) }),
              new TableRow({
                children: [
                  cell('That "direction of travel" is replaced by "trend" in the quarterly report.'),
                  cell('Cllr Eric Hotson', { verticalMerge: VerticalMergeType.RESTART }),
                  cell('Agreed in part: the word "direction" will be used.'),
                  cell('31 March 2013'),
                  cell('Clare Wood'),
                  cell('The April report uses the new word.'),
                ],
              }),
              new TableRow({
                children: [
                  cell('That the indicators are published monthly.'),
                  cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
                  cell('Not agreed: quarterly reporting is enough.', { columnSpan: 2 }),
                  cell('Clare Wood'),
                  cell(''),
                ],
              }),
              new TableRow({
                children: [
                  cell('That members are shown the new dashboard.'),
                  cell('Cllr Annabelle Blackmore'),
                  cell('Accepted.'),
                  cell('30 June 2013'),
                  cell('Angela Woodhouse'),
                  cell('Demonstration booked for May.'),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function chooseFile(page: Page, name: string, data: Uint8Array): Promise<Locator> {
  // An empty tracker offers the import on its welcome screen; otherwise it is in the top bar's Import menu.
  const welcome = page.getByRole('button', { name: 'Import a tracker file…' });
  if (await welcome.isVisible()) await welcome.click();
  else await command(page, 'Import', 'A tracker file or spreadsheet…');
  const dialog = page.getByRole('dialog', { name: 'Import a tracker' });
  await dialog.getByLabel('Tracker file').setInputFiles(await tempFile(name, data));
  return dialog;
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function openRecommendation(page: Page, words: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await table(page).getByRole('option', { name: words }).click();
}

/** axe-core's WCAG 2.2 A and AA rules, contrast included, on what is on screen now. */
async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test('a York-like workbook of two sheets imports into three committees with every field, and again adds nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshApp(page);
  const bytes = await yorkWorkbook();
  const dialog = await chooseFile(page, 'scrutiny tracker.xlsx', bytes);

  // Both sheets offered and chosen; the headings found below the merged title rows.
  await expect(dialog.getByRole('group', { name: 'Sheets to import' })).toBeVisible();
  await expect(dialog.getByLabel('2024-25 (3 rows)')).toBeChecked();
  await expect(dialog.getByLabel('2025-26 (2 rows)')).toBeChecked();
  const expected = ['label', 'committee', 'meetingDate', 'directorate', 'text', 'receivedDate', 'leadOfficer', 'action', 'status', 'notes'];
  for (const [i, field] of expected.entries()) await expect(dialog.getByLabel(`Column ${i + 1}: ${HEADINGS[i]}`)).toHaveValue(field);
  // The first values sit under each column.
  await expect(dialog.getByRole('list', { name: 'First values in column 2' })).toContainText('Corporate Scrutiny Committee');
  await expect(dialog.getByRole('list', { name: 'First values in column 9' })).toContainText('Paused');
  // What a column left as notes becomes is said under it, and a long field name is written out.
  await expect(dialog.getByLabel('Column 10: Review due')).toHaveAccessibleDescription(/Kept in the notes as “Review due: June 2025”/);
  await expect(dialog.getByLabel('Column 6: Exec date')).toHaveAccessibleDescription(/^Date the executive received it/);
  // At 1366 × 768 every column's select and its first values are on screen without scrolling.
  for (const [i, heading] of HEADINGS.entries()) await expect(dialog.getByLabel(`Column ${i + 1}: ${heading}`)).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('list', { name: 'First values in column 10' })).toBeInViewport();
  // The keyboard goes from one column's select to the next, in reading order, with the focus shown.
  await dialog.getByLabel('Column 5: Recommendation').focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Column 6: Exec date')).toBeFocused();
  await expect(dialog.getByLabel('Column 6: Exec date')).toHaveCSS('outline-style', 'solid');
  await page.screenshot({ path: `${SHOTS}/york-workbook-mapping.png` });
  // The mapping step passes the same WCAG 2.2 AA checks as the app's other screens.
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByRole('status')).toHaveText('Adds 3 committees, 4 meetings, 4 agenda items, 5 recommendations.');
  await expect(dialog.getByText('1 column kept in the notes under its heading (Review due).')).toBeVisible();
  await expect(dialog.getByText('1 problem found')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/york-workbook-preview.png` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The result names the committees and the column kept in the notes, so nothing seems lost.
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 5 recommendations from scrutiny tracker.xlsx into 3 committees. 1 column kept in the notes under its heading (Review due).' }),
  ).toBeVisible();

  // Every field filled, nothing dropped.
  await openRecommendation(page, /respite places are mapped by ward/);
  await expect(details(page).getByLabel('Label as printed')).toHaveValue('SR (24/25) 03');
  await expect(details(page).getByLabel('Lead officer')).toHaveValue('Director of Adult Social Care');
  await expect(details(page).getByLabel('Directorate or portfolio')).toHaveValue('Adult Social Care');
  await expect(details(page).getByLabel('Action taken')).toHaveValue('Work stopped while the service is restructured.');
  await expect(details(page).getByLabel('Status')).toHaveValue('in-progress');
  await expect(details(page).getByLabel('Notes')).toHaveValue('Status as written: Paused');
  await openRecommendation(page, /reviews charging for home care/);
  await expect(details(page).getByLabel('Notes')).toHaveValue('Review due: June 2025');
  await expect(details(page).getByLabel('Date received')).toHaveValue('17/10/2024');
  await openRecommendation(page, /plain summary of the budget consultation/);
  await expect(details(page).getByLabel('Lead officer')).toHaveValue('Director of Finance / Cllr Lomas');
  await expect(details(page).getByLabel('Status')).toHaveValue('completed');
  await expect(details(page).getByLabel('RAG rating')).toHaveValue('green');
  for (const committee of ['Corporate Scrutiny Committee', 'People Scrutiny Committee', 'Place Scrutiny Committee']) {
    await expect(page.getByRole('navigation').getByText(committee, { exact: true }).first()).toBeVisible();
  }

  // Next month: the same file goes straight to its preview, and adds nothing.
  const again = await chooseFile(page, 'scrutiny tracker.xlsx', bytes);
  await expect(again.getByRole('status')).toHaveText('Adds nothing: all 5 recommendations are already in the tracker.');
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(again.getByText(/The columns are read as you confirmed them on \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/york-workbook-second-import.png` });
  await again.getByRole('button', { name: 'Change the columns' }).click();
  await expect(again.getByLabel('Column 10: Review due')).toHaveValue('notes');
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('a Word table in Maidstone\'s layout goes through the mapping step, merged cells carried down, and again adds nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshApp(page);
  const bytes = await maidstoneDocx();
  const dialog = await chooseFile(page, 'SCRAIP November 2012.docx', bytes);

  const heads = ['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer', 'Progress update', 'Meeting (the date above the table)'];
  const fields = ['text', 'cabinetMember', 'responseText', 'targetDate', 'leadOfficer', 'progressUpdate', 'meetingDate'];
  for (const [i, field] of fields.entries()) await expect(dialog.getByLabel(`Column ${i + 1}: ${heads[i]}`)).toHaveValue(field);
  await expect(dialog.getByLabel('Committee name')).toHaveValue('Corporate Services Overview and Scrutiny Committee');
  // The update column has no date of its own: the step says it will be dated the day of the import.
  await expect(dialog.getByLabel('Column 6: Progress update')).toHaveAccessibleDescription(/dated the day of the import/);
  await page.screenshot({ path: `${SHOTS}/word-table-mapping.png` });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Adds 1 committee, 1 meeting, 1 agenda item, 3 recommendations.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The merged cabinet member cell is carried down to the second row; the update is a dated progress update.
  await openRecommendation(page, /indicators are published monthly/);
  await expect(details(page).getByLabel('Addressed to')).toHaveValue('cabinet-member');
  await expect(details(page).getByLabel('Named cabinet member or partner')).toHaveValue('Cllr Eric Hotson');
  await expect(details(page).getByLabel('The response in its own words')).toHaveValue('Not agreed: quarterly reporting is enough.');
  await expect(details(page).getByLabel('Lead officer')).toHaveValue('Clare Wood');
  // No outcome column: the response's opening words give the outcome, so it is not chased as unanswered.
  await expect(details(page).getByLabel('Outcome')).toHaveValue('Rejected');
  await expect(details(page).getByRole('region', { name: 'Progress updates' }).getByRole('listitem')).toHaveCount(0);
  await openRecommendation(page, /direction of travel/);
  await expect(details(page).getByLabel('Outcome')).toHaveValue('Partially accepted');
  await expect(details(page).getByLabel('Target date', { exact: true })).toHaveValue('31/03/2013');
  // An update column with no date of its own is dated the day of the import (the rule the README states).
  await expect(details(page).getByRole('region', { name: 'Progress updates' }).getByRole('listitem')).toHaveText([/^\d{1,2} [A-Z][a-z]+ \d{4} The April report uses the new word\.$/]);
  await openRecommendation(page, /members are shown the new dashboard/);
  await expect(details(page).getByLabel('Named cabinet member or partner')).toHaveValue('Cllr Annabelle Blackmore');
  await expect(details(page).getByRole('region', { name: 'Progress updates' })).toContainText('Demonstration booked for May.');

  const again = await chooseFile(page, 'SCRAIP November 2012.docx', bytes);
  await expect(again.getByRole('status')).toHaveText('Adds nothing: all 3 recommendations are already in the tracker.');
});

// The common layout the issue names, with the origin (a task and finish group), a priority, two
// monthly progress columns and a column no field holds; next month the same file with one new row.
const COMMON = ['Meeting date', 'Minute ref', 'Task and finish group', 'Recommendation', 'Priority', 'Responsible officer', 'Cabinet Member', 'Executive response', 'Date of response', 'Progress update January 2026', 'Progress update March 2026', 'RAG', 'Target date', 'Completed (Y/N)', 'Officer comments'];
const commonRows = [
  ['04/11/2025', '23/25', 'Flood Resilience Task and Finish Group', 'That drainage gullies in flood-prone streets are cleared twice a year.', 'High', 'Head of Highways', 'Cllr Priya Shah', 'Accepted: a second round of clearing is funded.', '12/01/2026', 'Contract varied to add a spring round.', 'First spring round booked for April.', 'Green', '30/06/2026', 'N', 'Check the April figures'],
  ['04/11/2025', '23/25', 'Flood Resilience Task and Finish Group', 'That residents in flood zones are offered free sandbags.', 'Medium', 'Emergency Planning Manager', 'Cllr Priya Shah', 'Partially accepted: sandbags for the most at risk only.', '12/01/2026', 'Eligibility criteria drafted.', '', 'Amber', '31/03/2026', 'N', ''],
  ['09/12/2025', '31/25', 'Budget Scrutiny Panel', 'That the capital programme shows slippage by scheme.', 'Low', 'Chief Finance Officer', 'Cllr Tom Reid', 'Accepted.', '20/01/2026', '', 'Slippage table added to the quarterly report.', 'Green', '31/01/2026', 'Y', ''],
];
const csvOf = (rows: string[][]) => `${[COMMON, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;

test('the common layout: origin, priority, cabinet member and two dated progress updates filled; next month one click adds the new row and the new update', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshApp(page);
  const dialog = await chooseFile(page, 'recommendations tracker.csv', new TextEncoder().encode(csvOf(commonRows)));
  const guessed = ['meetingDate', 'itemNumber', 'origin', 'text', 'priority', 'leadOfficer', 'cabinetMember', 'responseText', 'responseDate', 'progressUpdate', 'progressUpdate', 'rag', 'targetDate', 'completed', 'notes'];
  const got: string[] = [];
  for (const [i, heading] of COMMON.entries()) got.push(await dialog.getByLabel(`Column ${i + 1}: ${heading}`).inputValue());
  expect(got).toEqual(guessed);
  await page.screenshot({ path: `${SHOTS}/common-layout-mapping.png` });
  await expect(dialog.getByLabel('Column 11: Progress update March 2026')).toHaveAccessibleDescription(/^Each cell becomes a progress update, dated 1 March 2026 from its heading/);
  // A date column shows how its dates will be read, and follows the day-first choice.
  const meetingDates = dialog.getByRole('list', { name: 'First values in column 1', exact: true });
  await expect(meetingDates).toContainText('04/11/2025 (4 November 2025)');
  await dialog.getByLabel('Dates like 03/04/2024 are').selectOption('mdy');
  await expect(meetingDates).toContainText('04/11/2025 (11 April 2025)');
  await dialog.getByLabel('Dates like 03/04/2024 are').selectOption('dmy');
  // The last of fifteen columns is reached in its box, and is kept in the notes unless left out.
  await expect(dialog.getByLabel('Column 15: Officer comments')).toHaveAccessibleDescription(/^Kept in the notes as “Officer comments: Check the April figures”/);
  await dialog.getByLabel('Column 15: Officer comments').selectOption('ignore');
  await expect(dialog.getByLabel('Column 15: Officer comments')).toHaveAccessibleDescription(/^Left out: not imported\./);
  // A column left out looks it (dashed, struck through), still at AA contrast.
  await dialog.getByLabel('Column 15: Officer comments').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/common-layout-leave-out.png` });
  await expectAccessible(page);
  await dialog.getByLabel('Column 15: Officer comments').selectOption('notes');
  // The officer leaves nothing out but names the committee, with the keyboard.
  await dialog.getByLabel('Committee name').fill('Place Overview and Scrutiny Committee');
  await dialog.getByLabel('Committee name').press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Adds 1 committee, 2 meetings, 2 agenda items, 3 recommendations.');
  await expect(dialog.getByText('1 column kept in the notes under its heading (Officer comments).')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/common-layout-preview.png` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 recommendations from recommendations tracker.csv. 1 column kept in the notes under its heading (Officer comments).' })).toBeVisible();

  await openRecommendation(page, /drainage gullies/);
  const pane = details(page);
  await expect(pane.getByLabel('Origin')).toHaveValue('Flood Resilience Task and Finish Group');
  await expect(pane.getByLabel('Priority')).toHaveValue('High');
  await expect(pane.getByLabel('Addressed to')).toHaveValue('cabinet-member');
  await expect(pane.getByLabel('Named cabinet member or partner')).toHaveValue('Cllr Priya Shah');
  await expect(pane.getByLabel('Lead officer')).toHaveValue('Head of Highways');
  await expect(pane.getByLabel('The response in its own words')).toHaveValue('Accepted: a second round of clearing is funded.');
  await expect(pane.getByLabel('Outcome')).toHaveValue('Accepted');
  await expect(pane.getByLabel('Response date')).toHaveValue('12/01/2026');
  await expect(pane.getByLabel('RAG rating')).toHaveValue('green');
  await expect(pane.getByLabel('Target date', { exact: true })).toHaveValue('30/06/2026');
  await expect(pane.getByLabel('Notes')).toHaveValue('Officer comments: Check the April figures');
  // Each progress column is an update of its own, dated by the month its heading names, the older one kept.
  const updates = pane.getByRole('region', { name: 'Progress updates' }).getByRole('listitem');
  await expect(updates).toHaveCount(2);
  await expect(pane.getByRole('region', { name: 'Progress updates' })).toContainText('1 January 2026 Contract varied to add a spring round.');
  await expect(pane.getByRole('region', { name: 'Progress updates' })).toContainText('1 March 2026 First spring round booked for April.');
  await openRecommendation(page, /capital programme shows slippage/);
  await expect(pane.getByLabel('Origin')).toHaveValue('Budget Scrutiny Panel');
  await expect(pane.getByLabel('Status')).toHaveValue('completed');
  await expect(pane.getByRole('region', { name: 'Progress updates' }).getByRole('listitem')).toHaveCount(1);

  // The officer corrects the priority in the editor: saved field by field, with its history.
  await openRecommendation(page, /free sandbags/);
  await pane.getByLabel('Priority').fill('High');
  await pane.getByLabel('Priority').press('Tab');
  await pane.getByText(/^History \(\d+\)$/).click();
  await expect(pane.locator('.history-list')).toContainText('Priority: Medium → High');
  // Origin and priority can be shown as columns of the table (off until chosen).
  await expect(page.locator('.table-head')).not.toContainText('Origin');
  await page.getByRole('button', { name: 'Columns' }).click();
  // Ticked one straight after the other: both count.
  await page.getByRole('checkbox', { name: 'Origin' }).click();
  await page.getByRole('checkbox', { name: 'Priority' }).click();
  await expect(page.getByRole('checkbox', { name: 'Origin' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Priority' })).toBeChecked();
  await page.keyboard.press('Escape');
  // Beside the open editor (which shows it in full) the origin gives its width to the words; the priority stays.
  await expect(page.locator('.table-head')).toContainText('Priority');
  await expect(page.locator('.table-head')).not.toContainText('Origin');
  await expect(table(page).getByRole('option', { name: /free sandbags/ })).toContainText('High');
  await pane.getByLabel('Origin').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/origin-priority-editor.png` });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Close the editor' }).click();
  await expect(page.locator('.table-head')).toContainText('Origin');
  await expect(table(page).getByRole('option', { name: /free sandbags/ })).toContainText('Flood Resilience Task and Finish Group');
  await page.screenshot({ path: `${SHOTS}/origin-priority-columns.png` });

  // Next month: the same layout, one new row. The remembered columns go straight to the preview: one click.
  // A month on, the sandbags row has its March update filled in, and the priority is still the file's old one.
  const sandbags = [...commonRows[1]!];
  sandbags[10] = 'Sandbag stock ordered for the winter.';
  const next = [commonRows[0]!, sandbags, commonRows[2]!, ['13/01/2026', '40/25', 'Budget Scrutiny Panel', 'That fees and charges are benchmarked against neighbours.', 'Medium', 'Chief Finance Officer', 'Cllr Tom Reid', '', '', '', '', '', '', 'N', '']];
  const again = await chooseFile(page, 'recommendations tracker.csv', new TextEncoder().encode(csvOf(next)));
  await expect(again.getByRole('status')).toHaveText('Adds 1 meeting, 1 agenda item, 1 recommendation, 1 progress update to recommendations already there; 3 already in the tracker.');
  await expect(again.getByText(/only progress updates they do not have yet are added from this file; a newer status or response for them is not taken in/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/common-layout-next-month.png` });
  await expect(again.getByText(/The columns are read as you confirmed them on/)).toBeVisible();
  await again.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(again).toBeHidden();
  await openRecommendation(page, /fees and charges are benchmarked/);
  await expect(pane.getByLabel('Origin')).toHaveValue('Budget Scrutiny Panel');
  await expect(pane.getByLabel('Priority')).toHaveValue('Medium');
  // The priority corrected by hand was not overwritten by the file's old one; the new update was added after the first.
  await openRecommendation(page, /free sandbags/);
  await expect(pane.getByLabel('Priority')).toHaveValue('High');
  await expect(pane.getByRole('region', { name: 'Progress updates' }).getByRole('listitem')).toHaveCount(2);
  await expect(pane.getByRole('region', { name: 'Progress updates' })).toContainText('1 March 2026 Sandbag stock ordered for the winter.');
  await expect(pane.getByRole('region', { name: 'Progress updates' })).toContainText('1 January 2026 Eligibility criteria drafted.');
  // And the same file once more adds nothing.
  const third = await chooseFile(page, 'recommendations tracker.csv', new TextEncoder().encode(csvOf(next)));
  await expect(third.getByRole('status')).toHaveText('Adds nothing: all 4 recommendations are already in the tracker.');
  await expect(third.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await third.getByRole('button', { name: 'Cancel' }).click();
});
