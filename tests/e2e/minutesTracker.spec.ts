// Minutes into a tracker, in a real browser: dash-before-label lists and a page break inside a
// recommendation come in whole; a meeting the tracker already holds gets no second copy; importing
// again after a correction adds nothing. Screenshots of the review at 1366×768 and an axe check.
// Some of it reads what the parser of issue 12 §2 gives: a running header dropped inside a
// recommendation, the count the minutes state, and why each resolution was found.
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { command, openFreshApp, table } from './helpers';

const minutes = readFileSync(new URL('../fixtures/minutes-dash-labels.txt', import.meta.url), 'utf8');
const SHOTS = process.env.SHOTS_DIR ?? '';

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function review(page: Page, text: string) {
  await command(page, 'Import', 'Minutes…');
  await page.getByRole('dialog', { name: 'Import minutes' }).getByLabel('The minutes').fill(text);
  await page.getByRole('button', { name: 'Find the resolutions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Review the resolutions found' });
  await expect(dialog.getByLabel('Meeting date')).toHaveValue('23/01/2024');
  return dialog;
}

const words = (dialog: ReturnType<Page['getByRole']>, label: string) => dialog.getByRole('group', { name: `Resolution ${label}` }).getByLabel('Words of the resolution');

test.use({ viewport: { width: 1366, height: 768 } });

test('dash-before-label lists and a page break inside a recommendation import whole; again after a correction adds nothing', async ({ page }) => {
  await openFreshApp(page);
  const dialog = await review(page, minutes);
  await expect(dialog.getByLabel('Committee')).toHaveValue('Children and Young People Scrutiny Committee');

  // (a) runs over the page break without the page number or running header; (b) to (g) each whole.
  await expect(words(dialog, 'a')).toHaveValue(
    "Financial performance data to form part of the 'measures that matter' and performance dashboard data, and should be reported back to staff teams so that they are aware of the financial consequences of the service performance alongside other measures.",
  );
  await expect(words(dialog, 'b')).toHaveValue(/^Children and Young People Scrutiny Committee to examine how SEND Transport .* rural local authorities\.$/);
  for (const label of ['c', 'd', 'e', 'f']) await expect(words(dialog, label)).toHaveValue(/^\S.*\.$/);
  await expect(words(dialog, 'g')).toHaveValue(/^Savings as proposed .* balance the council's budget\.$/);
  // Nothing inside the resolutions is left out, and the stated seven agree with what is proposed.
  await expect(dialog.getByRole('list', { name: 'Text in no resolution' })).toHaveCount(0);
  await expect(dialog.getByText(/The minutes say “seven recommendations/)).toHaveCount(0);
  await expect(dialog.getByText('New', { exact: true })).toHaveCount(10);

  // Item titles in capitals come in as the council writes them, and the choice is remembered.
  await dialog.getByLabel('Item titles in capitals').selectOption('title');
  await expect(dialog.getByLabel('Item title', { exact: true }).nth(2)).toHaveValue('Task and Finish Group - Children and Young People Directorate Budget');
  await shot(page, 'review-new-minutes');

  await dialog.getByRole('button', { name: 'Import 8 resolutions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 8 resolutions from the minutes' })).toBeVisible();
  await expect(page.getByText('8 recommendations', { exact: true })).toBeVisible();

  // The officer corrects one in the tracker.
  await table(page).getByRole('option', { name: /SEND Transport/ }).click();
  const text = page.getByLabel('Recommendation', { exact: true });
  await text.fill('Children and Young People Scrutiny Committee to examine how SEND transport demand and costs are managed.');
  await text.blur();

  // The same minutes again: the corrected one is different, the rest already there; nothing to add.
  const again = await review(page, minutes);
  await expect(again.getByLabel('Item titles in capitals')).toHaveValue('title');
  const b = again.getByRole('group', { name: 'Resolution b' });
  await expect(b.getByText('Different in the tracker')).toBeVisible();
  await expect(b.locator('ins')).toContainText('including a review of operations');
  await expect(again.getByText('Already in the tracker', { exact: true })).toHaveCount(7);
  await expect(again.getByRole('status').filter({ hasText: '8 of them are already in the tracker and will not be added again (1 with different words or label).' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Import 0 resolutions' })).toBeDisabled();
  await b.scrollIntoViewIfNeeded();
  await shot(page, 'review-after-correction');
  expect(await violations(page)).toEqual([]);

  // Taking the minutes' wording in is offered, and changes only that field.
  await b.getByLabel('Update the tracker to the minutes’ wording').check();
  await again.getByRole('button', { name: 'Import 0 resolutions and update 1' }).click();
  await expect(page.getByText('8 recommendations', { exact: true })).toBeVisible();
  await table(page).getByRole('option', { name: /SEND Transport/ }).click();
  await expect(page.getByLabel('Recommendation', { exact: true })).toHaveValue(/including a review of operations in other rural local authorities\.$/);
});

test('minutes of a meeting the tracker already holds from the Word appendix add no second copy', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();

  const dialog = await review(page, minutes);
  // Only the two procedural minutes, which the appendix never held, are new; the eight held are not.
  await expect(dialog.getByText('New', { exact: true })).toHaveCount(2);
  await expect(dialog.getByText(/^(Already|Different) in the tracker$/)).toHaveCount(8);
  await expect(dialog.getByText('In the tracker already, as “Task and Finish Group - Children and Young People Directorate Budget”: new resolutions go under it.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 0 resolutions' })).toBeDisabled();
  await shot(page, 'review-meeting-already-held');
  expect(await violations(page)).toEqual([]);

  // Ticking the procedural work programme decision adds that one, under the meeting already there.
  const programme = dialog.getByRole('group').filter({ has: page.getByText('work programme be noted', { exact: false }) });
  await programme.getByLabel(/Import/).check();
  await dialog.getByRole('button', { name: 'Import 1 resolution' }).click();
  // The table now shows that meeting: its 8 recommendations from the appendix and the one added.
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 resolution from the minutes; 8 already in the tracker were left as they were.' })).toBeVisible();
  await expect(page.getByText('9 recommendations', { exact: true })).toBeVisible();
  await expect(table(page).getByRole('option', { name: /data analysts/ })).toHaveCount(1);
});

test('text inside the resolutions that no resolution holds is marked, with one click to make it one', async ({ page }) => {
  await openFreshApp(page);
  // Point (g) printed as a row of a table (label, tab, words, tab, who): the parser reads no table row.
  const tabbed = minutes.replace('- g. Savings', 'g.\tSavings').replace("balance the council's budget.", "balance the council's budget.\tCabinet member");
  const dialog = await review(page, tabbed);
  const runs = dialog.getByRole('list', { name: 'Text in no resolution' });
  await expect(runs.getByRole('listitem')).toHaveCount(1);
  await expect(runs).toContainText('g. Savings as proposed');
  await expect(dialog.getByText('1 passage inside the resolutions is in no resolution below.')).toBeVisible();
  await expect(dialog.locator('.src-line-unclaimed')).toHaveCount(1);
  // The minutes say seven; six are proposed (statedCount from the parser).
  await expect(dialog.getByText('The minutes say “seven recommendations (a-g)”, but 6 resolutions are proposed under this item.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Show the next in the text' }).click();
  await expect(dialog.getByText(/^Line \d+ selected$/)).toBeVisible();
  await runs.scrollIntoViewIfNeeded();
  await shot(page, 'review-text-in-no-resolution');
  expect(await violations(page)).toEqual([]);

  await runs.getByRole('button', { name: /^Make it a resolution \(line \d+\)$/ }).click();
  await expect(words(dialog, 'g')).toHaveValue(/^Savings as proposed to be targeted/);
  await expect(dialog.getByRole('group', { name: 'Resolution g' }).getByText('Added by you from the text')).toBeVisible();
  await expect(runs).toHaveCount(0);
  await expect(dialog.getByText(/The minutes say “seven/)).toHaveCount(0);
});

test('a labelled list with no “Resolved” line is proposed, and looks less certain', async ({ page }) => {
  await openFreshApp(page);
  const unmarked = minutes.replace(
    'Resolved: That the work programme be noted.',
    'The committee considered its work programme.\n\n(a) The committee to receive a report on school transport in March 2024.\n(b) The chairperson to write to the cabinet member for children about respite care.',
  );
  const dialog = await review(page, unmarked);
  const a = dialog.getByRole('group', { name: 'Resolution a' }).filter({ hasText: 'Found in a labelled list with no “Resolved” line' });
  await expect(a.getByLabel('Words of the resolution')).toHaveValue('The committee to receive a report on school transport in March 2024.');
  await expect(a.getByText('Less certain: check it is a resolution')).toBeVisible();
  await expect(a).toHaveClass(/proposal-uncertain/);
  // Those found after a "Resolved" line say so, and are not marked less certain.
  const g = dialog.getByRole('group', { name: 'Resolution g' });
  await expect(g.getByText('Found after a “Resolved” line')).toBeVisible();
  await expect(g.getByText('Less certain: check it is a resolution')).toHaveCount(0);
  await a.scrollIntoViewIfNeeded();
  await shot(page, 'review-less-certain');
  expect(await violations(page)).toEqual([]);
});

test('labels run together in one resolution split at each label', async ({ page }) => {
  await openFreshApp(page);
  // The list's points pushed into one paragraph, as a web page's copy can leave them.
  const runTogether = minutes.replace(/\n- ([b-g])\. /g, '; $1) ');
  const dialog = await review(page, runTogether);
  const a = dialog.getByRole('group', { name: 'Resolution a' });
  const split = a.getByRole('button', { name: 'Split at each label (7 parts)' });
  await split.focus();
  await expect(split).toBeFocused();
  await page.keyboard.press('Enter');
  for (const label of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await expect(words(dialog, label)).toHaveValue(/^\S.*[.;]$/);
  await expect(words(dialog, 'b')).toHaveValue(/^Children and Young People Scrutiny Committee to examine how SEND Transport/);
});

test('any selected lines of the source become a resolution, from the keyboard alone', async ({ page }) => {
  await openFreshApp(page);
  const dialog = await review(page, minutes);
  const before = await dialog.getByRole('group', { name: /^Resolution/ }).count();
  const source = dialog.getByRole('listbox', { name: 'The minutes as read, line by line' });
  await source.focus();
  // Down to the line "The independent scrutineer introduced the report…" (line 13), then add it.
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowDown');
  await expect(dialog.getByText('Line 13 selected')).toBeVisible();
  await expect(source.getByRole('option', { selected: true })).toContainText('The independent scrutineer');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: /^Resolution/ })).toHaveCount(before + 1);
  // The new resolution's words have the focus, ready to be checked.
  await expect(dialog.getByLabel('Words of the resolution').nth(1)).toHaveValue(/^The independent scrutineer introduced the report/);
  await expect(dialog.getByLabel('Words of the resolution').nth(1)).toBeFocused();
  await shot(page, 'review-added-from-selection');
});

test('a decision told as narrative, with no marker, is offered under the resolutions and made one with a click', async ({ page }) => {
  await openFreshApp(page);
  // After the item's resolution, so there is a resolution above it that it must not be offered to finish.
  const told = minutes.replace(
    'Resolved: That a workshop be held including all data analysts from across the partnership.',
    "Resolved: That a workshop be held including all data analysts from across the partnership.\n\nThe committee thanked the scrutineer. The independent scrutineer undertook to share the partnership's data dashboard with all members.",
  );
  const dialog = await review(page, told);
  const before = await dialog.getByRole('group', { name: /^Resolution/ }).count();
  const hints = dialog.getByText('1 sentence of the discussion reads like a decision that no resolution above holds');
  await hints.focus();
  await page.keyboard.press('Enter');
  const list = dialog.getByRole('list', { name: 'Sentences that may be decisions' });
  await expect(list).toContainText('undertook to share the partnership');
  // Its own decision, not the rest of the resolution above: no "Add to" is offered.
  await expect(list.getByRole('button', { name: /^Add to/ })).toHaveCount(0);
  await list.getByRole('button', { name: /^Make it a resolution/ }).click();
  await expect(dialog.getByRole('group', { name: /^Resolution/ })).toHaveCount(before + 1);
  await expect(dialog.getByLabel('Words of the resolution').nth(2)).toBeFocused();
  // Only the sentence that decides, not the discussion around it.
  await expect(dialog.getByLabel('Words of the resolution').nth(2)).toHaveValue("The independent scrutineer undertook to share the partnership's data dashboard with all members.");
  await expect(list).toHaveCount(0);
});
