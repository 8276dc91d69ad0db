// From minutes to tracker in a real browser: paste seed 004, review, import, find recommendation 2.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { command, openFreshApp, table } from './helpers';

const seed004 = readFileSync(new URL('../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');

test('pastes the minutes of 22 July 2025, reviews them and imports recommendation 2 under item 7', async ({ page }) => {
  await openFreshApp(page);
  await command(page, 'Import', 'Minutes…');
  const dialog = page.getByRole('dialog', { name: 'Import minutes' });
  // Filling (not typing) stands for a paste: the text arrives at once.
  await dialog.getByLabel('The minutes').fill(seed004);
  await dialog.getByRole('button', { name: 'Find the resolutions' }).click();

  const review = page.getByRole('dialog', { name: 'Review the resolutions found' });
  await expect(review.getByLabel('Committee')).toHaveValue('Children and Young People Scrutiny Committee');
  await expect(review.getByLabel('Meeting date')).toHaveValue('22/07/2025');
  await expect(review.getByLabel('Received by the executive')).toHaveValue('22/07/2025');

  // Recommendation 2 is proposed under item 7, ticked, addressed to full Council.
  const rec2 = review.getByRole('group', { name: 'Resolution 2' }).filter({ has: page.getByText('For full Council to debate', { exact: false }) });
  await expect(rec2.getByLabel('Words of the resolution')).toHaveValue(/^For full Council to debate/);
  await expect(rec2.getByLabel('Import')).toBeChecked();
  await expect(rec2.getByLabel('Addressed to')).toHaveValue('council');
  await expect(rec2.getByLabel('Agenda item').locator('option:checked')).toHaveText(/^7\. HEREFORDSHIRE CHILDREN/);

  // Choosing it highlights its lines in the source.
  await rec2.getByLabel('Words of the resolution').click();
  await expect(review.locator('.src-line-lit').first()).toContainText('For full Council to debate');

  // Procedural decisions are found but not ticked.
  const minutes = review.getByRole('group').filter({ has: page.getByText('confirmed as a correct record', { exact: false }) });
  await expect(minutes.getByLabel(/Import/)).not.toBeChecked();

  await expect(review.getByRole('status').filter({ hasText: 'resolutions ticked for the meeting of 22 July 2025' })).toBeVisible();
  await review.getByRole('button', { name: /^Import \d+ resolutions?$/ }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ resolutions from the minutes/ })).toBeVisible();

  const row = table(page).getByRole('option', { name: /For full Council to debate/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { name: 'Recommendation 2' })).toBeVisible();
  await expect(page.getByText(/22 July 2025 · 7\. HEREFORDSHIRE CHILDREN'S SERVICES AND PARTNERSHIP IMPROVEMENT PLAN/)).toBeVisible();

  // The same minutes again: nothing is added twice, and the review says so.
  await command(page, 'Import', 'Minutes…');
  await page.getByRole('dialog', { name: 'Import minutes' }).getByLabel('The minutes').fill(seed004);
  await page.getByRole('button', { name: 'Find the resolutions' }).click();
  await expect(page.getByText(/are already in the tracker and will not be added again/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 0 resolutions' })).toBeDisabled();
});

test('a file dropped on the window opens the import that reads it: minutes to the review, a tracker file to its preview', async ({ page }) => {
  await openFreshApp(page);
  const drop = (name: string, type: string, text: string) =>
    page.evaluate(
      ({ n, t, body }) => {
        const data = new DataTransfer();
        data.items.add(new File([body], n, { type: t }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { n: name, t: type, body: text },
    );

  await drop('CYPSC minutes 22 July 2025.txt', 'text/plain', seed004);
  const review = page.getByRole('dialog', { name: 'Review the resolutions found' });
  await expect(review.getByLabel('Meeting date')).toHaveValue('22/07/2025');
  await expect(review.getByRole('group', { name: 'Resolution 2' }).getByLabel('Words of the resolution').first()).toHaveValue(/^For full Council to debate/);
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();

  const tracker = { committee: 'Adults and Wellbeing Scrutiny Committee', meetings: [{ date: '2025-03-12', items: [{ title: 'Care fees', recommendations: [{ label: '1', text: 'Review care home fees.' }] }] }] };
  await drop('adults.json', 'application/json', JSON.stringify(tracker));
  const dialog = page.getByRole('dialog', { name: 'Import a tracker' });
  await expect(dialog.getByRole('status')).toHaveText('Adds 1 committee, 1 meeting, 1 agenda item, 1 recommendation.');
});
