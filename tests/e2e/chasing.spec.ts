// Chasing executive responses in a real browser: states in words, the Awaiting response board, a chase saved as an email draft and logged, a response recorded from the keyboard, not pursued, the start-up summary and the numbers.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { differenceInCalendarDays, subMonths } from 'date-fns';
import JSZip from 'jszip';
import { formatInputDate, formatLongDate, parseIsoDate, responseDueDate, toIsoDate } from '../../shared/index';
import { command, openFreshApp, tabTo, table, tempFile } from './helpers';

const CYP = 'Children and Young People Scrutiny Committee';
const OURS = 'The executive to publish a plan for cutting waiting times for speech and language therapy.';
/** The example's one recommendation with no outcome recorded: 7 May 2024, "Introduction to fostering". */
const UNANSWERED = /elected member champion for foster carers/;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Today in the browser's own time zone (Europe/London), as the app sees it. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function openExample(page: Page) {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
}

function board(page: Page) {
  return page.locator('.board');
}

function group(page: Page, owner: string) {
  return board(page).getByRole('region', { name: owner, exact: true });
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('a recommendation to the executive goes overdue, is chased by email, logged, and its response recorded from the keyboard', async ({ page }) => {
  await openExample(page);
  const today = await browserToday(page);
  const received = toIsoDate(subMonths(parseIsoDate(today)!, 3));
  const due = responseDueDate(received);
  const overdueBy = differenceInCalendarDays(parseIsoDate(today)!, parseIsoDate(due)!);
  const overdueWords = `Overdue by ${overdueBy} day${overdueBy === 1 ? '' : 's'}`;

  // The numbers for the example as it comes: 49 recommendations made.
  await page.getByRole('button', { name: 'Numbers' }).click();
  const tiles = page.getByRole('definition');
  await expect(page.locator('.figure-tiles > div').filter({ hasText: 'Recommendations made' }).getByRole('definition')).toHaveText('49');
  // Five tiles; the two timeliness ones say what they are drawn from (the example records no response dates).
  await expect(tiles).toHaveCount(7);
  await expect(page.locator('.figure-tiles .tile-basis')).toHaveText([/^none of \d+ has both dates recorded$/, /^none of \d+ has both dates recorded$/]);
  await expect(page.getByRole('figure', { name: /^Outcomes/ }).getByRole('listitem').filter({ hasText: 'Accepted' }).first()).toContainText('37 (76%)');
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/chasing-numbers.png', fullPage: false });

  // A new recommendation to the executive, received three months ago (typed into "Date received").
  await page.getByRole('button', { name: 'Tracker' }).click();
  await command(page, 'New', 'Recommendation…');
  const dialog = page.getByRole('dialog', { name: 'New recommendation' });
  await dialog.getByLabel('Meeting').selectOption({ label: '21 January 2025' });
  await dialog.getByLabel('Agenda item').selectOption({ label: 'New agenda item…' });
  await dialog.getByLabel('New item title').fill('Speech and language therapy');
  await dialog.getByLabel('Label as printed (optional)').fill('9');
  await dialog.getByLabel('Addressed to').selectOption('executive');
  await dialog.getByLabel('Recommendation').fill(OURS);
  await dialog.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(dialog).toBeHidden();
  const dateReceived = page.getByLabel('Date received');
  await dateReceived.fill(received);
  await dateReceived.blur();
  await expect(page.getByText(`${overdueWords} (due ${formatLongDate(due)})`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('speech language');
  await expect(table(page).getByRole('option', { name: /speech and language therapy/ })).toContainText(overdueWords);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  // The board: both overdue recommendations to the executive in one group, most overdue first.
  await page.getByRole('button', { name: 'Awaiting response (2 overdue)' }).click();
  const executive = group(page, 'Executive (cabinet)');
  await expect(executive.getByRole('listitem').filter({ hasText: '2 overdue' })).toBeVisible();
  const rows = executive.getByRole('list', { name: 'Owed by Executive (cabinet)' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(UNANSWERED);
  await expect(rows.nth(1)).toContainText(OURS);
  await expect(rows.nth(1)).toContainText(overdueWords);
  await expect(rows.nth(1)).toContainText('Not chased yet');
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/chasing-board.png', fullPage: false });

  // Pick ours and chase it by email.
  await rows.nth(1).getByRole('checkbox').check();
  await expect(board(page).getByRole('status')).toContainText('1 picked, owed by Executive (cabinet).');
  await board(page).getByRole('button', { name: 'Chase…' }).click();
  const chase = page.getByRole('dialog', { name: 'Chase Executive (cabinet)' });
  await expect(chase.getByRole('radio', { name: /^Chase \(suggested\)/ })).toBeChecked();
  await chase.getByLabel('To', { exact: true }).fill('Councillor Ivan Powell');
  await chase.getByLabel('Email address (optional)').fill('ivan.powell@herefordshire.gov.uk');
  // One recommendation: singular in the subject; the greeting is the title and surname.
  await expect(chase.getByLabel('Subject')).toHaveValue(`Overdue: response to ${CYP} recommendation`);
  await expect(chase.getByLabel('Greeting')).toHaveValue('Dear Councillor Powell');
  await expect(chase.getByLabel('Letter and email text')).toHaveValue(/^The response to 1 recommendation made by the Children and Young People Scrutiny Committee/);
  expect(await violations(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await chase.getByRole('button', { name: 'Save email draft (.eml)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Chase email - Executive (cabinet) - ${formatLongDate(today)}.eml`);
  const eml = (await text(download)).replace(/\r\n[ \t]/g, ' ');
  expect(eml.startsWith('X-Unsent: 1\r\n')).toBe(true);
  expect(eml).toContain(`Subject: Overdue: response to ${CYP} recommendation\r\n`);
  expect(eml).toContain('To: "Councillor Ivan Powell" <ivan.powell@herefordshire.gov.uk>');
  expect(eml).toContain('Dear Councillor Powell,');
  // Saving a draft is not sending it: the chase is logged when the officer says it was sent.
  await expect(chase.getByRole('status')).toHaveText('Email draft saved: open it to check it and send it. Once it has been sent, log the chase below.');
  await expect(chase.getByLabel('How it was sent')).toHaveValue('email');
  await chase.getByRole('button', { name: 'It was sent today: log the chase' }).click();
  await expect(chase.getByRole('status')).toHaveText('Chase logged on 1 recommendation, sent by email.');
  await page.keyboard.press('Escape');
  await expect(chase).toBeHidden();
  await expect(rows.nth(1)).toContainText(`Last chased ${formatLongDate(today)} (chase, email)`);

  // The chase is in the recommendation's history in the tracker.
  await page.getByRole('button', { name: 'Tracker', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('speech language');
  await table(page).getByRole('option', { name: /speech and language therapy/ }).click();
  await expect(page.getByRole('list', { name: 'Chases' }).getByRole('listitem')).toHaveText([
    `${formatLongDate(today)} — Chase by email to Councillor Ivan Powell`,
  ]);

  // Back on the board, the response is recorded with the keyboard alone.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await table(page).focus();
  await page.keyboard.press('2');
  await expect(board(page).getByRole('heading', { name: 'Awaiting response' })).toBeVisible();
  await board(page).getByRole('heading', { name: 'Awaiting response' }).focus();
  await tabTo(page, /^Record response to recommendation 9 of/, 60);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Record the response to recommendation 9' });
  await expect(form.getByLabel('Outcome')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Outcome')).toHaveValue('Accepted');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('The response in its own words')).toBeFocused();
  await page.keyboard.type('Agreed.');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Response given by')).toBeFocused();
  await page.keyboard.type('Cllr Ivan Powell, Cabinet member for children and young people');
  await expect(form.getByLabel('Response date')).toHaveValue(formatInputDate(today)); // day first, as the app's date field shows it
  await page.keyboard.press('Enter');
  const lateWords = `Responded ${overdueBy} day${overdueBy === 1 ? '' : 's'} late`;
  await expect(page.getByRole('status').filter({ hasText: `Response recorded for recommendation 9: ${lateWords}.` })).toContainText('Marked vague');
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Awaiting response (1 overdue)' })).toBeVisible();

  // In the tracker it now shows the outcome, that it came late, and that it is vague.
  await page.keyboard.press('1');
  await page.getByRole('searchbox', { name: 'Search' }).fill('speech language');
  await expect(page.getByText('1 recommendation', { exact: true })).toBeVisible();
  const ours = table(page).getByRole('option', { name: /speech and language therapy/ });
  await expect(ours).toContainText('Accepted');
  await expect(ours).toContainText(lateWords);
  await expect(ours).toContainText('Vague');

  // Undo takes the response out again, and the recommendation is back on the board.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await table(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Awaiting response (2 overdue)' })).toBeVisible();
});

test('closes a recommendation with no response for over a year as not pursued, in one undoable step', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Awaiting response (1 overdue)' }).click();
  const panel = board(page).locator('details');
  await panel.getByText(/Not pursued: 1 recommendation has had no response for more than 12 months/).click();
  await expect(panel.getByRole('checkbox', { name: UNANSWERED })).toBeChecked();
  const wording = panel.getByLabel('Wording added to each response');
  await expect(wording).toHaveValue('As the recommendation is now more than a year old it will not be pursued further.');
  await wording.fill('Unanswered after twelve months, so not pursued.');
  await panel.getByRole('button', { name: 'Close 1 as not pursued' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 recommendation closed as not pursued.' })).toBeVisible();
  await expect(board(page).getByText('Nothing is awaiting a response.')).toBeVisible();

  await page.getByRole('button', { name: 'Tracker', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('unanswered twelve');
  const closed = table(page).getByRole('option');
  await expect(closed).toHaveCount(1);
  await expect(closed).toContainText('No response received');
  await expect(closed).toContainText('Not pursued');

  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await table(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Awaiting response (1 overdue)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('unanswered twelve');
  await expect(page.getByText('No recommendations match these filters.')).toBeVisible();
});

test('on start, once a day, says what is overdue; the settings change the deadline', async ({ page }) => {
  await openExample(page);
  // The first start with a tracker in it: everything overdue is summarised, once.
  await page.reload();
  const banner = page.getByRole('region', { name: 'Overdue responses' });
  await expect(banner).toHaveText(/1 response is overdue: owed by Executive \(cabinet\)\./);
  await banner.getByRole('button', { name: 'Show the board' }).click();
  await expect(banner).toBeHidden();
  await expect(board(page).getByRole('heading', { name: 'Awaiting response' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await expect(banner).toBeHidden();

  // A three-month deadline moves the due date of 7 May 2024 to 7 August 2024.
  await page.getByRole('button', { name: /^Awaiting response/ }).click();
  await board(page).getByRole('button', { name: 'Chasing settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Chasing settings' });
  await settings.getByLabel('Responses are due within').fill('three');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('The deadline\'s number of months should be a whole number from 1 to 24, not "three".')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await settings.getByLabel('Responses are due within').fill('3');
  await settings.getByLabel('Your name').fill('Danial Webb');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Chasing settings saved.' })).toBeVisible();
  await expect(board(page).getByText('Due 7 August 2024')).toBeVisible();

  // The letter is signed with the name just set; making a letter and copying the email text log
  // nothing until the officer says the chase was sent, and then it is logged once, by the way chosen.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await group(page, 'Executive (cabinet)').getByRole('checkbox', { name: /^Pick recommendation 7 of Introduction to fostering/ }).check();
  await board(page).getByRole('button', { name: 'Chase…' }).click();
  const chase = page.getByRole('dialog', { name: 'Chase Executive (cabinet)' });
  await chase.getByRole('button', { name: 'Save letter (.docx)' }).click();
  await expect(chase.getByRole('alert')).toHaveText('Say whom the chase is to (the "To" name), for the greeting.');
  await chase.getByLabel('To', { exact: true }).fill('Councillor Jonathan Lester');
  const downloading = page.waitForEvent('download');
  await chase.getByRole('button', { name: 'Save letter (.docx)' }).click();
  const letter = await downloading;
  const xml = await (await JSZip.loadAsync(await readFile(await letter.path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('Dear Councillor Lester');
  expect(xml).toContain('Danial Webb');
  expect(xml).toContain('elected member champion for foster carers');
  await expect(chase.getByRole('status')).toHaveText('Letter saved. Once it has been sent, log the chase below.');
  await chase.getByRole('button', { name: 'Copy email text' }).click();
  await expect(chase.getByRole('status')).toHaveText('Email text copied: paste it into a new email. Once it has been sent, log the chase below.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Dear Councillor Lester,\n\nThe response to 1 recommendation/);
  await chase.getByLabel('How it was sent').selectOption('letter');
  await chase.getByRole('button', { name: 'It was sent today: log the chase' }).click();
  await expect(chase.getByRole('status')).toHaveText('Chase logged on 1 recommendation, sent by letter.');
  await expect(chase.getByRole('button', { name: 'It was sent today: log the chase' })).toHaveCount(0);
  await chase.getByRole('button', { name: 'Close' }).click();
  await group(page, 'Executive (cabinet)').getByRole('button', { name: /^Open recommendation 7/ }).click();
  const today = formatLongDate(await browserToday(page));
  await expect(page.getByRole('list', { name: 'Chases' }).getByRole('listitem')).toHaveText([
    `${today} — Chase by letter to Councillor Jonathan Lester`,
  ]);
});

test('the numbers for a municipal year, saved as a Word section and as CSV', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Numbers' })).toBeVisible();
  await page.getByLabel('Period').selectOption({ label: 'Municipal year 2024/25 (May 2024 to April 2025)' });
  await expect(page.getByText(`All committees, 2024/25`, { exact: true })).toBeVisible();
  const made = page.locator('.figure-tiles > div').filter({ hasText: 'Recommendations made' }).getByRole('definition');
  await expect(made).toHaveText('30');

  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe('Scrutiny figures - All committees, 2024-25.csv');
  const csv = await text(download);
  expect(csv.split('\r\n')[0]).toBe('"Scope","Section","Measure","Value"');
  expect(csv).toContain('"All committees, 2024/25","Recommendations","Recommendations made","30"');

  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Word section (.docx)' }).click();
  download = await downloading;
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const document = await zip.file('word/document.xml')!.async('string');
  expect(document).toContain('Recommendations and executive responses');
  expect(document).toContain('All committees, 2024/25');

  // Any dates: a range that runs backwards is explained, not counted.
  await page.getByLabel('Period').selectOption('custom');
  await page.getByLabel('Meetings from').fill('2024-12-31');
  await page.getByLabel('Meetings to').fill('2024-01-01');
  await expect(page.getByRole('alert')).toContainText('The date range runs backwards');
});

test('draws a long board a page at a time, picks every row of a person, and lists stale ones only when opened', async ({ page }) => {
  await openFreshApp(page);
  // Sixty recommendations to the executive from a meeting two years ago, none answered.
  const today = await browserToday(page);
  const meeting = toIsoDate(subMonths(parseIsoDate(today)!, 24));
  const recommendations = Array.from({ length: 60 }, (_, i) => ({ label: String(i + 1), text: `The executive to review library opening hours, part ${i + 1}.`, addressee: 'executive' }));
  const file = { committee: CYP, meetings: [{ date: meeting, items: [{ title: 'Libraries', recommendations }] }] };
  await page.getByRole('button', { name: 'Import a tracker file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a tracker' });
  await dialog.getByLabel('Tracker file').setInputFiles(await tempFile('libraries.json', JSON.stringify(file)));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Awaiting response (60 overdue)' }).click();

  const owed = group(page, 'Executive (cabinet)');
  const rows = owed.getByRole('list', { name: 'Owed by Executive (cabinet)' }).getByRole('listitem');
  await expect(rows).toHaveCount(25);
  await expect(owed.getByText('35 not shown: “Pick all” picks them too.')).toBeVisible();
  // From the keyboard: the next page, with the focus on its first row.
  await owed.getByRole('button', { name: 'Show 25 more owed by Executive (cabinet)' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(50);
  await expect(owed.getByRole('checkbox', { name: /^Pick recommendation 26 of Libraries/ })).toBeFocused();
  await owed.getByRole('button', { name: 'Show 10 more owed by Executive (cabinet)' }).click();
  await expect(rows).toHaveCount(60);
  await expect(owed.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);

  // "Pick all" picks all sixty, shown or not.
  await page.reload();
  await page.getByRole('button', { name: 'Awaiting response (60 overdue)' }).click();
  await owed.getByRole('checkbox', { name: 'Pick all 60 owed by Executive (cabinet)' }).check();
  await expect(board(page).getByRole('status')).toContainText('60 picked, owed by Executive (cabinet).');

  // The stale list is drawn only when opened, fifty at a time; closing covers all sixty.
  const panel = board(page).locator('details');
  await expect(panel.getByRole('checkbox')).toHaveCount(0);
  await panel.getByText(/^Not pursued: 60 recommendations have had no response/).click();
  await expect(panel.getByRole('checkbox')).toHaveCount(50);
  await expect(panel.getByText('10 not shown: they are closed with the rest unless shown and unticked.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Close 60 as not pursued' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
