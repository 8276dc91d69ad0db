// The everyday tracker in a real browser: creating records, keeping them, searching, keyboard use, undo.
import { expect, test } from '@playwright/test';
import { command, openFreshApp, tabTo, table } from './helpers';

test('creates a committee, meeting, item and recommendation through the UI and keeps them after a reload', async ({ page }) => {
  await openFreshApp(page);

  await page.getByRole('button', { name: 'Add your first committee' }).click();
  await page.getByLabel('Committee name').fill('Adults and Wellbeing Scrutiny Committee');
  await page.getByLabel('Council (optional)').fill('Herefordshire Council');
  await page.getByRole('button', { name: 'Add committee', exact: true }).last().click();
  await expect(page.getByRole('status').filter({ hasText: 'Committee "Adults and Wellbeing Scrutiny Committee" added.' })).toBeVisible();

  await command(page, 'New', 'Meeting…');
  await page.getByLabel('Meeting date').fill('2025-07-22');
  await page.getByLabel('Venue (optional)').fill('Shire Hall, Hereford');
  await page.getByRole('button', { name: 'Add meeting', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Meeting of 22 July 2025' })).toBeVisible();

  await command(page, 'New', 'Agenda item…');
  await page.getByLabel('Minute or item number (optional)').fill('7');
  await page.getByLabel('Title').fill('Herefordshire Safeguarding Adults Board annual report');
  await page.getByRole('button', { name: 'Add agenda item', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Agenda item', exact: true })).toBeVisible();

  await command(page, 'New', 'Recommendation…');
  const dialog = page.getByRole('dialog', { name: 'New recommendation' });
  await expect(dialog.getByLabel('Agenda item')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Agenda item').locator('option:checked')).toHaveText('7. Herefordshire Safeguarding Adults Board annual report');
  await dialog.getByLabel('Label as printed (optional)').fill('2');
  await dialog.getByLabel('Recommendation').fill('For full Council to debate the annual report of the safeguarding board.');
  await dialog.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(dialog).toBeHidden();

  const row = table(page).getByRole('option', { name: /For full Council to debate/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Full Council');
  await expect(page.getByRole('heading', { name: 'Recommendation 2' })).toBeVisible();

  // Edits save as they are typed: no Save button.
  await page.getByLabel('Lead officer').fill('Director of Adult Services');
  await page.getByLabel('The response in its own words').fill('Scheduled for the October meeting of Council.');
  await page.getByLabel('Outcome').selectOption('Accepted');
  await page.waitForTimeout(900);

  await page.reload();
  await expect(table(page).getByRole('option', { name: /For full Council to debate/ })).toBeVisible();
  await expect(page.getByText('22 July 2025').first()).toBeVisible();
  await expect(page.getByText('7. Herefordshire Safeguarding Adults Board annual report').or(page.getByText('Herefordshire Safeguarding Adults Board annual report')).first()).toBeVisible();
  await table(page).getByRole('option', { name: /For full Council to debate/ }).click();
  await expect(page.getByLabel('Lead officer')).toHaveValue('Director of Adult Services');
  await expect(page.getByLabel('The response in its own words')).toHaveValue('Scheduled for the October meeting of Council.');
  await expect(table(page).getByRole('option', { name: /For full Council to debate/ })).toContainText('Accepted');
});

test('opens the example tracker and finds a known recommendation by a word in it', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Children and Young People Scrutiny Committee/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('restorative');
  await expect(page.getByText('3 recommendations', { exact: true })).toBeVisible();
  await expect(table(page).getByRole('option', { name: /deliver workshop on restorative\/relational practice/ })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('workshop relational');
  await expect(page.getByText('1 recommendation', { exact: true })).toBeVisible();
  await table(page).getByRole('option').first().click();
  await expect(page.getByText('26 September 2023 · New Herefordshire Local Transport Plan')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('zebra crossings');
  await expect(page.getByText('No recommendations match these filters.')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
});

test('creates a recommendation with the keyboard only', async ({ page }) => {
  await openFreshApp(page);
  await page.locator('body').press('n');
  const dialog = page.getByRole('dialog', { name: 'New recommendation' });
  await expect(dialog).toBeVisible();
  await tabTo(page, 'New committee name');
  await page.keyboard.type('Environment and Sustainability Scrutiny Committee');
  await tabTo(page, 'New item number (optional)');
  await page.keyboard.type('12');
  await tabTo(page, 'New item title');
  await page.keyboard.type('Waste strategy');
  await tabTo(page, 'Label as printed (optional)');
  await page.keyboard.type('a');
  await tabTo(page, 'Recommendation');
  await page.keyboard.type('The executive to publish kerbside recycling rates by ward each quarter.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  const row = table(page).getByRole('option', { name: /kerbside recycling rates/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recommendation a' })).toBeVisible();
  await expect(page.getByText('12. Waste strategy').first()).toBeVisible();

  // Move through the table and into the editor with the keyboard too.
  await table(page).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Recommendation', { exact: true })).toBeFocused();
});

test('deletes a recommendation and brings it back with undo', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await table(page).getByRole('option', { name: /make full use of school information/ }).click();
  await page.getByRole('button', { name: 'Delete recommendation' }).click();
  await expect(page.getByText('48 recommendations', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Recommendation 1 deleted.' })).toBeVisible();

  await table(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await expect(table(page).getByRole('option', { name: /make full use of school information/ })).toBeVisible();

  // Redo deletes it again; the toast's Undo button restores it.
  await page.keyboard.press('Control+y');
  await expect(page.getByText('48 recommendations', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('48 recommendations', { exact: true })).toBeVisible();
});
