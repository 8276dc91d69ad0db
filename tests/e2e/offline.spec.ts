// The app never reaches off the machine: every request of a full session is recorded and must be
// local, and the Content-Security-Policy is never violated (no eval, no foreign scripts or styles).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { command, openFreshApp, table } from './helpers';

const seed004 = readFileSync(new URL('../fixtures/004_96e372cf547dc9a6.txt', import.meta.url), 'utf8');

test('a full session makes no request off the machine and breaks no security policy', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });

  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('training');
  await table(page).getByRole('option').first().click();
  await page.getByLabel('Lead officer').fill('Director of Children’s Services');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await command(page, 'Export', 'To Word…');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export/ }).last().click();
  await download;

  await command(page, 'Import', 'Minutes…');
  await page.getByLabel('The minutes').fill(seed004);
  await page.getByRole('button', { name: 'Find the resolutions' }).click();
  await page.getByRole('button', { name: /^Import \d+ resolutions?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ resolutions from the minutes/ })).toBeVisible();

  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await page.keyboard.press('Escape');
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(await violations()).toEqual([]);
  await page.reload();
  await expect(table(page)).toBeVisible();

  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(await violations()).toEqual([]);
});
