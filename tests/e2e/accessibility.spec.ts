// Accessibility checked by axe-core (WCAG 2.2 A and AA rules, contrast included) on the screens an
// officer uses most: the empty tracker, the example tracker with a recommendation open, and dialogs.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { command, openFreshApp, table } from './helpers';

const seed004 = readFileSync(new URL('../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the main screens and dialogs pass axe-core WCAG 2.2 AA checks', async ({ page }) => {
  await openFreshApp(page);
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await table(page).getByRole('option').nth(1).click();
  await expect(page.getByLabel('Lead officer')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await command(page, 'New', 'Recommendation…');
  await expect(page.getByRole('dialog', { name: 'New recommendation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await command(page, 'Export', 'To Word…');
  await expect(page.getByRole('dialog', { name: 'Export to Word' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await command(page, 'Import', 'Minutes…');
  await page.getByLabel('The minutes').fill(seed004);
  await page.getByRole('button', { name: 'Find the resolutions' }).click();
  await expect(page.getByRole('dialog', { name: 'Review the resolutions found' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
