// Issue 13's "Done when": dates typed day first in an en-US browser stay day first everywhere; an
// impossible date is refused with nothing saved; typing survives an immediate reload; one window per
// tracker; and the everyday screens at 1366×768, photographed and checked by axe.
import { mkdir, readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { command, openFreshApp, table } from './helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/work/coord/shots/13';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test.describe('in a browser set to US English', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('12/09/2024 is 12 September 2024 in the field, the table, the board and Word; 31/02/2024 is refused and nothing saved', async ({ page }) => {
    await openFreshApp(page);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByRole('button', { name: 'Add your first committee' }).click();
    await page.getByLabel('Committee name').fill('Adults and Wellbeing Scrutiny Committee');
    await page.getByRole('button', { name: 'Add committee', exact: true }).last().click();

    // The meeting date, typed as a council writes it.
    await command(page, 'New', 'Meeting…');
    const meetingDialog = page.getByRole('dialog', { name: 'New meeting' });
    await meetingDialog.getByLabel('Meeting date').fill('12/09/2024');
    await expect(meetingDialog.getByText('Thursday 12 September 2024')).toBeVisible();
    await meetingDialog.getByRole('button', { name: 'Add meeting', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Meeting of 12 September 2024' })).toBeVisible();
    await expect(page.getByLabel('Meeting date', { exact: true })).toHaveValue('12/09/2024');

    await command(page, 'New', 'Recommendation…');
    const recDialog = page.getByRole('dialog', { name: 'New recommendation' });
    await expect(recDialog.getByLabel('Meeting', { exact: true }).locator('option:checked')).toHaveText('12 September 2024');
    await recDialog.getByLabel('Agenda item').selectOption({ label: 'New agenda item…' });
    await recDialog.getByLabel('New item title').fill('Adult social care waiting lists');
    await recDialog.getByLabel('Recommendation').fill('That the executive publishes waiting times for assessments each month.');
    await recDialog.getByLabel('Recommendation').press('Control+Enter');
    await expect(recDialog).toBeHidden();
    // The new row has the focus and is in view.
    await expect(table(page)).toBeFocused();
    const row = table(page).getByRole('option', { name: /publishes waiting times/ });
    await expect(row).toBeInViewport();

    // Date received, typed day first, read back in words, saved on leaving the field.
    const received = page.getByLabel('Date received');
    await received.fill('12/09/2024');
    await expect(page.getByText('Thursday 12 September 2024')).toBeVisible();
    await received.press('Tab');
    await expect(page.getByLabel('Date received')).toHaveValue('12/09/2024');

    // An impossible date: refused by the field, what was typed kept, nothing saved.
    const target = page.getByLabel('Target date');
    await target.fill('31/02/2024');
    await target.press('Tab');
    await expect(page.getByText('There is no 31 February 2024. Enter a real date, day first.')).toBeVisible();
    await expect(page.getByLabel('Target date')).toHaveValue('31/02/2024');
    await expect(page.getByLabel('Target date')).toHaveAttribute('aria-invalid', 'true');

    await page.reload();
    await expect(table(page).getByText('12 September 2024')).toBeVisible(); // the table's meeting heading
    await table(page).getByRole('option', { name: /publishes waiting times/ }).click();
    await expect(page.getByLabel('Date received')).toHaveValue('12/09/2024');
    await expect(page.getByLabel('Target date')).toHaveValue(''); // 31/02/2024 was never saved
    await page.getByRole('button', { name: 'Close the editor' }).click();

    // The board: the meeting and the date received, day first.
    await page.getByRole('button', { name: /^Awaiting response/ }).click();
    await expect(page.getByText(/Adult social care waiting lists · 12 September 2024 · Adults and Wellbeing Scrutiny Committee · received 12 September 2024/)).toBeVisible();
    await expect(page.getByText('Due 12 November 2024')).toBeVisible();

    // Word: the exported appendix's meeting heading.
    await page.getByRole('button', { name: 'Tracker', exact: true }).click();
    await command(page, 'Export', 'To Word…');
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('12 September 2024');
    expect(xml).not.toContain('9 December 2024');
  });
});

test('text typed and the page reloaded at once is still there', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await table(page).getByRole('option').first().click();
  const notes = page.getByLabel('Notes');
  await notes.fill('Typed just before the reload');
  await page.reload(); // no pause: the save has not run yet
  await table(page).getByRole('option').first().click();
  await expect(page.getByLabel('Notes')).toHaveValue('Typed just before the reload');
});

test('a second tab on the same tracker says so, and can take it over', async ({ page, context }) => {
  await openFreshApp(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'The tracker is already open in another window' })).toBeVisible();
  await second.getByRole('button', { name: 'Use the tracker in this window' }).click();
  await expect(second.getByRole('heading', { name: 'Your tracker is empty' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The tracker is now open in another window' })).toBeVisible();
  expect(await violations(second)).toEqual([]);
});

test.describe('on a 1366×768 council laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the tracker, editor, board and Numbers, photographed and checked by axe', async ({ page }) => {
    await mkdir(SHOTS, { recursive: true });
    await openFreshApp(page);
    await page.getByRole('button', { name: 'Open example tracker' }).click();
    await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click().catch(() => undefined);
    // Rows wholly on screen, the figure the issue asks for.
    const rowsVisible = await page.evaluate(() => {
      const list = document.querySelector('[role=listbox]')!.getBoundingClientRect();
      const bottom = Math.min(list.bottom, window.innerHeight);
      return [...document.querySelectorAll('[role=listbox] [role=option]')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= list.top - 1 && b.bottom <= bottom + 1;
      }).length;
    });
    console.log(`rows visible at 1366x768: ${rowsVisible}`);
    expect(rowsVisible).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: `${SHOTS}/tracker-1366.png` });
    expect(await violations(page)).toEqual([]);

    await table(page).getByRole('option').nth(1).click();
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/editor-1366.png` });
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Awaiting response/ }).click();
    await expect(page.getByRole('complementary', { name: 'Details' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/board-1366.png` });
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Numbers', exact: true }).click();
    await expect(page.getByText(/none of \d+ has both dates recorded|from \d+ of \d+ with dates recorded/).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/numbers-1366.png` });
    expect(await violations(page)).toEqual([]);
  });
});
