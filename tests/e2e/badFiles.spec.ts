// Hostile and broken files offered to every file input of the app (restore, import a tracker, import
// minutes, import returned forms) and a 20 MB paste: each refused with a plain message and the tracker left exactly as it
// was. The zip bombs are made here, not committed; their refusal time and memory are measured.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buildZip, docxBomb, manyEntriesBomb, xlsxBomb } from '../shared/documents/zipBombs';
import { command, openFreshApp, tempFile } from './helpers';

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

/** Every record of the tracker's tables, as one string, to show that a refusal changed nothing. */
async function fingerprint(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('scrutiny-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['committees', 'meetings', 'items', 'recommendations', 'progressUpdates', 'bin', 'history', 'chases'].filter((n) => db.objectStoreNames.contains(n));
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The renderer processes' resident memory (MB, from /proc), sampled every 10 ms while `action` runs. */
async function measure(page: Page, action: () => Promise<void>): Promise<{ ms: number; extraMb: number }> {
  const cdp = await page.context().browser()!.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
  await cdp.detach();
  const pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const rss = () =>
    pids.reduce((total, pid) => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return total + Number(kb ?? 0) * 1024;
      } catch {
        return total;
      }
    }, 0);
  const before = rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 10);
  const start = Date.now();
  try {
    await action();
  } finally {
    clearInterval(timer);
  }
  const ms = Date.now() - start;
  peak = Math.max(peak, rss());
  return { ms, extraMb: Math.round((peak - before) / MB) };
}

const figures: string[] = [];

test.afterAll(() => {
  // The figures for tests/e2e/BAD_FILES.md, printed so each run can be compared.
  if (figures.length) console.log(`\nBad files, time to the message and extra renderer memory:\n${figures.join('\n')}`);
});

async function withExample(page: Page): Promise<string> {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  return fingerprint(page);
}

/** Offers a file to an input in a dialog and waits for its plain message; returns the time and memory. */
async function offer(page: Page, dialogName: string, inputLabel: string, name: string, data: string | Uint8Array, message: RegExp) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const path = await tempFile(name, data);
  const figures = await measure(page, async () => {
    await dialog.getByLabel(inputLabel).setInputFiles(path);
    await expect(dialog.getByRole('alert')).toHaveText(message, { timeout: 30_000 });
  });
  return figures;
}

const ZIP_BOMB = /unpacks to far more than any real Word document or Excel workbook holds \(over \d+ MB\), so it was not opened/;
const DEEP = /nested more than 64 levels deep, which no tracker or backup is, so it was not read/;

test.describe('Import a tracker', () => {
  const cases: Array<[string, string, () => string | Uint8Array, RegExp]> = [
    ['a .docx whose 2 GB document is declared as 4 KB', 'Appendix 2024.docx', () => docxBomb(2 * GB), ZIP_BOMB],
    ['an .xlsx whose 2 GB shared strings are declared as 4 KB', 'Tracker 2024.xlsx', () => xlsxBomb(2 * GB), ZIP_BOMB],
    ['an .xlsx of 20 sheets of 10 MB each (200 MB in all)', 'Many sheets.xlsx', () => manyEntriesBomb(20, 10 * MB), ZIP_BOMB],
    ['a zip of 6,000 parts', 'Parts.docx', () => buildZip(Array.from({ length: 6000 }, (_, i) => ({ name: `word/p${i}.xml`, data: new Uint8Array([0x3c]) }))), /far more parts than any real Word document or Excel workbook \(over 5,000\)/],
    ['50 MB of "[" as a tracker file', 'tracker.json', () => '['.repeat(50 * MB), DEEP],
    ['a full backup offered as a tracker', 'backup.json', () => '{"format": "scrutiny-tracker-backup", "formatVersion": 1}', /is a full backup of a tracker, not a tracker to add/],
    ['an old .xls (OLE) file', 'old.xls', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /older Excel \(\.xls\) or Word \(\.doc\) file/],
    ['a .docx that is not a zip', 'fake.docx', () => 'This is not a Word document at all.', /is named \.docx but is not one, or it is damaged/],
  ];
  for (const [what, name, make, message] of cases) {
    test(`refuses ${what}, and the tracker is unchanged`, async ({ page }) => {
      const before = await withExample(page);
      await command(page, 'Import', 'A tracker file or spreadsheet…');
      const { ms, extraMb } = await offer(page, 'Import a tracker', 'Tracker file', name, make(), message);
      figures.push(`| Import a tracker | ${what} | ${ms} ms | ${extraMb} MB |`);
      await page.getByRole('dialog', { name: 'Import a tracker' }).getByRole('button', { name: 'Cancel' }).click();
      expect(await fingerprint(page)).toBe(before);
    });
  }
});

test.describe('Restore from a backup', () => {
  const cases: Array<[string, string, () => string | Uint8Array, RegExp]> = [
    ['50 MB of "[" as a backup', 'backup.json', () => '['.repeat(50 * MB), DEEP],
    ['a zip bomb named .json', 'backup.json', () => docxBomb(2 * GB), /is not a Scrutiny Tracker backup: it is not JSON/],
    ['an empty file', 'backup.json', () => '', /The file is empty: it is not a backup/],
  ];
  for (const [what, name, make, message] of cases) {
    test(`refuses ${what}, and the tracker is unchanged`, async ({ page }) => {
      const before = await withExample(page);
      await page.getByRole('button', { name: 'Backups…' }).click();
      await page.getByRole('dialog', { name: 'Storage and backups' }).getByRole('button', { name: 'Restore from a backup…' }).click();
      const { ms, extraMb } = await offer(page, 'Restore from a backup', 'Backup file', name, make(), message);
      figures.push(`| Restore | ${what} | ${ms} ms | ${extraMb} MB |`);
      const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
      await expect(dialog.getByRole('button', { name: 'Restore', exact: true })).toBeDisabled();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await fingerprint(page)).toBe(before);
    });
  }
});

test.describe('Dropping a file on the window', () => {
  const cases: Array<[string, string, () => Uint8Array, string, RegExp]> = [
    ['a .docx bomb (opens Import minutes)', 'Minutes.docx', () => docxBomb(2 * GB), 'Import minutes', ZIP_BOMB],
    ['an .xlsx bomb (opens Import a tracker)', 'Tracker.xlsx', () => xlsxBomb(2 * GB), 'Import a tracker', ZIP_BOMB],
  ];
  for (const [what, name, make, dialogName, message] of cases) {
    test(`refuses ${what}, and the tracker is unchanged`, async ({ page }) => {
      const before = await withExample(page);
      // The file is made in the page first, so the figures measure the drop and its refusal only.
      await page.evaluate(
        ({ bytes, name }) => {
          const binary = atob(bytes);
          const data = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
          (window as unknown as { dropped: File }).dropped = new File([data], name);
        },
        { bytes: Buffer.from(make()).toString('base64'), name },
      );
      const { ms, extraMb } = await measure(page, async () => {
        await page.evaluate(() => {
          const transfer = new DataTransfer();
          transfer.items.add((window as unknown as { dropped: File }).dropped);
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        });
        await expect(page.getByRole('dialog', { name: dialogName }).getByRole('alert')).toHaveText(message, { timeout: 30_000 });
      });
      figures.push(`| Drop on the window | ${what} | ${ms} ms | ${extraMb} MB |`);
      await page.getByRole('dialog', { name: dialogName }).getByRole('button', { name: 'Cancel' }).click();
      expect(await fingerprint(page)).toBe(before);
    });
  }
});

test.describe('Import returned forms', () => {
  const cases: Array<[string, string, () => string | Uint8Array, RegExp]> = [
    ['a Word form whose 2 GB document is declared as 4 KB', 'RF-1111-2222.docx', () => docxBomb(2 * GB), ZIP_BOMB],
    ['an Excel form whose 2 GB shared strings are declared as 4 KB', 'RF-1111-2222.xlsx', () => xlsxBomb(2 * GB), ZIP_BOMB],
    ['a .docx that is not a zip', 'RF-1111-2222.docx', () => 'This is not a form at all.', /not a response or update form from Scrutiny Tracker/],
  ];
  for (const [what, name, make, message] of cases) {
    test(`refuses ${what}, and the tracker is unchanged`, async ({ page }) => {
      const before = await withExample(page);
      await page.getByRole('button', { name: /^Awaiting response/ }).click();
      await page.getByRole('button', { name: 'Import returned forms…' }).click();
      const { ms, extraMb } = await offer(page, 'Import returned forms', 'A returned response or update form (.docx or .xlsx)', name, make(), message);
      figures.push(`| Import returned forms | ${what} | ${ms} ms | ${extraMb} MB |`);
      // With nothing read there is nothing to take in, so the dialog offers Close rather than Cancel.
      await page.getByRole('dialog', { name: 'Import returned forms' }).getByRole('button', { name: 'Close' }).click();
      expect(await fingerprint(page)).toBe(before);
    });
  }
});

test.describe('Import minutes', () => {
  const cases: Array<[string, string, () => string | Uint8Array, RegExp]> = [
    ['a .docx whose 2 GB document is declared as 4 KB', 'Minutes 22 July 2025.docx', () => docxBomb(2 * GB), ZIP_BOMB],
    ['a .docx of 6,000 parts', 'Minutes.docx', () => buildZip(Array.from({ length: 6000 }, (_, i) => ({ name: `word/p${i}.xml`, data: new Uint8Array([0x3c]) }))), /far more parts/],
    ['a .txt that is binary', 'Minutes.txt', () => new Uint8Array(4096).map((_, i) => (i * 7) % 256), /is named \.txt but does not hold text/],
  ];
  for (const [what, name, make, message] of cases) {
    test(`refuses ${what}, and the tracker is unchanged`, async ({ page }) => {
      const before = await withExample(page);
      await command(page, 'Import', 'Minutes…');
      const { ms, extraMb } = await offer(page, 'Import minutes', 'Or choose a file', name, make(), message);
      figures.push(`| Import minutes | ${what} | ${ms} ms | ${extraMb} MB |`);
      await page.getByRole('dialog', { name: 'Import minutes' }).getByRole('button', { name: 'Cancel' }).click();
      expect(await fingerprint(page)).toBe(before);
    });
  }

  test('refuses a 20 MB paste into the minutes box before taking it in, and the tracker is unchanged', async ({ page, context }) => {
    const before = await withExample(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await command(page, 'Import', 'Minutes…');
    const dialog = page.getByRole('dialog', { name: 'Import minutes' });
    const box = dialog.getByLabel('The minutes');
    await box.fill('Minutes of the meeting');
    await page.evaluate((size) => navigator.clipboard.writeText('RESOLVED: that the report be noted. '.repeat(Math.ceil(size / 36))), 20 * MB);
    await box.focus();
    const { ms, extraMb } = await measure(page, async () => {
      await page.keyboard.press('Control+V');
      await expect(dialog.getByRole('alert')).toHaveText(/^That is too long to be one meeting's minutes \(over 5 million characters\), so it was not pasted\./);
    });
    figures.push(`| Import minutes | a 20 MB paste | ${ms} ms | ${extraMb} MB |`);
    await expect(box).toHaveValue('Minutes of the meeting');
    // An ordinary paste still goes in.
    await page.evaluate(() => navigator.clipboard.writeText(' RESOLVED: that the report be noted.'));
    await page.keyboard.press('End');
    await page.keyboard.press('Control+V');
    await expect(box).toHaveValue('Minutes of the meeting RESOLVED: that the report be noted.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await fingerprint(page)).toBe(before);
  });
});
