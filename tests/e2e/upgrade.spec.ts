// An officer's tracker kept by an earlier version (schema version 5) opens in this one in a real browser: upgraded, searchable, on the board, nothing lost.
import { expect, test } from '@playwright/test';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { table } from './helpers';

const MEETING = '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';

test('a version 5 tracker is upgraded as the app opens, and everything in it is there and works', async ({ page }) => {
  // A page of the app's origin that is not the app, so the database can be written as version 5 left it.
  await page.route('**/old-version', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old version</title>' }));
  await page.goto('/old-version');
  await page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.js' });
  const versions = SCHEMA_VERSIONS.filter((v) => v.version <= 5).map((v) => ({ version: v.version, stores: v.stores }));
  await page.evaluate(
    async ({ versions, meeting }) => {
      const Dexie = (window as unknown as { Dexie: new (name: string) => { version(n: number): { stores(s: object): void }; open(): Promise<unknown>; table(n: string): { bulkAdd(rows: object[]): Promise<unknown>; add(row: object): Promise<unknown> }; close(): void } }).Dexie;
      const db = new Dexie('scrutiny-tracker');
      for (const v of versions) db.version(v.version).stores(v.stores);
      await db.open();
      const stamp = '2024-01-01T00:00:00.000Z';
      await db.table('committees').add({ id: 'c1', name: 'Adults and Wellbeing Scrutiny Committee', council: '', createdAt: stamp, updatedAt: stamp });
      await db.table('meetings').add({ id: meeting, committeeId: 'c1', date: '2024-01-15', venue: 'Shire Hall', createdAt: stamp, updatedAt: stamp });
      await db.table('items').add({ id: 'i1', meetingId: meeting, committeeId: 'c1', number: '7', title: 'Care home fees', position: 0, createdAt: stamp, updatedAt: stamp });
      const rec = (id: string, position: number, text: string, words: string[], responseOutcome: string) => ({
        id, itemId: 'i1', meetingId: meeting, committeeId: 'c1', sortKey: `2024-01-15|${meeting}|000000|00000${position}`, words,
        label: String(position + 1), text, kind: 'recommendation', addressee: 'executive', addresseeName: '', leadOfficer: '', directorate: '',
        receivedDate: '2024-01-15', responseOutcome, responseText: '', responseDate: '', respondedBy: '', action: '', status: 'open', rag: '',
        targetDate: '', notes: '', position, createdAt: stamp, updatedAt: stamp,
      });
      await db.table('recommendations').bulkAdd([
        rec('r1', 0, 'Review care home fees with providers.', ['review', 'care', 'home', 'fees', 'providers'], ''),
        rec('r2', 1, 'Publish the walrus welfare dashboard.', ['publish', 'walrus', 'welfare', 'dashboard'], 'Accepted'),
      ]);
      await db.table('bin').add({ id: 'b1', deletedAt: stamp, summary: 'Recommendation 3', committees: [], meetings: [], items: [], progressUpdates: [], recommendations: [rec('r3', 2, 'Fund the carers hub.', ['fund', 'carers', 'hub'], '')] });
      db.close();
    },
    { versions, meeting: MEETING },
  );
  await page.unroute('**/old-version');

  await page.goto('/');
  // Dexie stores version N as N × 10; the app opens at its newest version.
  await expect(page.getByText('2 recommendations', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => new Promise((resolve) => { const open = indexedDB.open('scrutiny-tracker'); open.onsuccess = () => { resolve(open.result.version); open.result.close(); }; }))).toBe(SCHEMA_VERSIONS.at(-1)!.version * 10);
  // In meeting order, found by words written before the upgrade.
  await expect(table(page).getByRole('option')).toHaveCount(2);
  await expect(table(page).getByRole('option').first()).toContainText('Review care home fees with providers.');
  await page.getByRole('searchbox', { name: 'Search' }).fill('walr');
  await expect(page.getByText('1 recommendation', { exact: true })).toBeVisible();
  // The unanswered one is owed a response (the board reads the index version 6 made).
  await page.getByRole('button', { name: /^Awaiting response \(1 overdue\)$/ }).click();
  await expect(page.locator('.board')).toContainText('Review care home fees with providers.');
  // What was in the bin comes back, searchable and on the board.
  await page.getByRole('button', { name: 'Tracker', exact: true }).click();
  await page.getByRole('button', { name: 'Bin' }).click();
  const bin = page.getByRole('dialog', { name: 'Bin' });
  await bin.getByRole('button', { name: /^Restore/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('carers');
  await expect(page.getByText('1 recommendation', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Awaiting response \(2 overdue\)$/ })).toBeVisible();
});
