// Backups in a real browser: save the example as a backup file, delete a meeting, restore the file and see it all back; a truncated copy is refused with a plain message and changes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openFreshApp } from './helpers';

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Storage and backups' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openRestore(page: Page) {
  await (await openBackups(page)).getByRole('button', { name: 'Restore from a backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('saves a backup, and restoring it brings back a deleted meeting; a truncated copy is refused', async ({ page }, testInfo) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();

  // Save a backup: a download named for today, holding the whole tracker.
  const storage = await openBackups(page);
  await expect(storage.getByText(/^The tracker takes \d/)).toBeVisible();
  let downloading = page.waitForEvent('download');
  await storage.getByRole('button', { name: 'Save a backup…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Scrutiny Tracker backup \d{1,2} [A-Z][a-z]+ \d{4}\.json$/);
  const backupPath = testInfo.outputPath('backup.json');
  await download.saveAs(backupPath);
  const text = await readFile(backupPath, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'scrutiny-tracker-backup', formatVersion: 1, counts: { recommendations: 49, meetings: 9 } });
  await expect(page.getByText('The backup has been downloaded.', { exact: false })).toBeVisible();
  await storage.getByRole('button', { name: 'Close' }).click();

  // Delete a meeting, with everything under it.
  const sidebar = page.getByRole('navigation', { name: 'Committees and meetings' });
  await sidebar.getByRole('button', { name: '26 September 2023' }).click();
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  // It asks first, saying what goes with it.
  const confirm = page.getByRole('dialog', { name: 'Delete this meeting?' });
  await expect(confirm).toContainText('The meeting of 26 September 2023 will be deleted with 2 agenda items and 2 recommendations.');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Meeting of 26 September 2023 deleted.')).toBeVisible();
  await expect(sidebar.getByRole('button', { name: '26 September 2023' })).toHaveCount(0);
  await expect(page.getByText('49 recommendations', { exact: true })).toHaveCount(0);

  // Restore the backup through the dialog: it is checked and described before anything changes.
  let restore = await openRestore(page);
  await restore.getByLabel('Backup file').setInputFiles(backupPath);
  await expect(restore.getByRole('status')).toContainText('It holds 1 committee, 9 meetings, 17 agenda items, 49 recommendations.');
  await expect(restore.getByText(/recommendations in the tracker now will be replaced/)).toBeVisible();
  await expect(restore.getByLabel(/First download a backup of the tracker as it is now/)).toBeChecked();
  downloading = page.waitForEvent('download');
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\(before restoring\)\.json$/);
  await expect(restore).toBeHidden();
  await expect(page.getByText('Backup restored: 1 committee, 9 meetings, 17 agenda items, 49 recommendations.')).toBeVisible();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: '26 September 2023' })).toBeVisible();

  // A truncated copy: the plain message, the Restore button stays off and the tracker is as it was.
  const truncatedPath = path.join(testInfo.outputDir, 'truncated backup.json');
  await writeFile(truncatedPath, text.slice(0, Math.floor(text.length / 2)));
  restore = await openRestore(page);
  await restore.getByLabel('Backup file').setInputFiles(truncatedPath);
  await expect(restore.getByRole('alert')).toHaveText(
    'truncated backup.json cannot be restored. The file ends part-way through: it is not a complete backup. Your tracker has not been changed.',
  );
  await expect(restore.getByRole('button', { name: 'Restore', exact: true })).toBeDisabled();
  await restore.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: '26 September 2023' })).toBeVisible();

  // And it is all still there after a reload.
  await page.reload();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
});

test('Ctrl+Shift+S saves a backup of the whole tracker', async ({ page }, testInfo) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Scrutiny Tracker backup \d{1,2} [A-Z][a-z]+ \d{4}\.json$/);
  const backupPath = testInfo.outputPath('shortcut backup.json');
  await download.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { counts: Record<string, number>; data: Record<string, unknown[]> };
  expect(backup.counts).toMatchObject({ committees: 1, meetings: 9, items: 17, recommendations: 49 });
  expect(backup.data.recommendations).toHaveLength(49);
  // Every table is in it, settings and the export log included.
  expect(Object.keys(backup.data)).toEqual(expect.arrayContaining(['committees', 'meetings', 'items', 'recommendations', 'progressUpdates', 'settings', 'exports', 'bin']));
});
