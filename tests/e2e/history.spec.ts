// History and the bin in a real browser: a moved target date asks why and shows the original; every
// change is listed; a deleted recommendation comes back from the bin.
import { expect, test } from '@playwright/test';
import { openFreshApp, table } from './helpers';

test('keeps the history of a recommendation, with the reason a target date moved, and restores from the bin', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await table(page).getByRole('option', { name: /workshop on restorative/ }).click();

  const target = page.getByLabel('Target date', { exact: true });
  await target.fill('2025-06-30');
  await target.blur();
  await page.getByLabel('Lead officer').fill('Director of Children’s Services');
  await page.getByLabel('Lead officer').press('Tab');

  // Moving a date already set asks why.
  await target.fill('2025-09-30');
  await target.blur();
  const why = page.getByLabel('Why has the target moved from 30 June 2025 to 30 September 2025?');
  await expect(why).toBeFocused();
  await why.fill('The new case management system goes live in September');
  await page.getByRole('button', { name: 'Save the new date' }).click();
  await expect(page.getByText('Originally 30 June 2025')).toBeVisible();

  await page.getByText(/^History \(\d+\)$/).click();
  const history = page.locator('.history-list');
  await expect(history).toContainText('Target date: 30 June 2025 → 30 September 2025');
  await expect(history).toContainText('Reason: The new case management system goes live in September');
  await expect(history).toContainText('Target date: (empty) → 30 June 2025');
  await expect(history).toContainText('Lead officer: (empty) → Director of Children’s Services');

  // It survives a reload.
  await page.reload();
  await table(page).getByRole('option', { name: /workshop on restorative/ }).click();
  await expect(page.getByText('Originally 30 June 2025')).toBeVisible();

  // Delete it, then bring it back from the bin.
  await page.getByRole('button', { name: 'Delete recommendation' }).click();
  await expect(page.getByText('48 recommendations', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Bin (1)' }).click();
  const bin = page.getByRole('dialog', { name: 'Bin' });
  await bin.getByRole('button', { name: 'Restore Recommendation 1' }).click();
  await expect(bin.getByText('The bin is empty.')).toBeVisible();
  await bin.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await table(page).getByRole('option', { name: /workshop on restorative/ }).click();
  await expect(page.getByText('Originally 30 June 2025')).toBeVisible();
});
