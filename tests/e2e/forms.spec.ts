// Response forms in a real browser: requested from the Awaiting response board, downloaded as a Word form and as an
// Outlook draft carrying it, filled in here as a person would, dropped back on the app, reviewed and taken in.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { formatLongDate } from '../../shared/index';
import { fillDocx } from '../shared/forms/fill';
import { openFreshApp, table } from './helpers';

/** The example's one recommendation with no outcome recorded: 7 May 2024, "Introduction to fostering". */
const UNANSWERED = /elected member champion for foster carers/;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** The attachment of a multipart .eml, decoded from base64, with its file name. */
function attachmentOf(eml: string): { fileName: string; bytes: Buffer } {
  const boundary = /boundary="([^"]+)"/.exec(eml)![1]!;
  const part = eml.split(`--${boundary}`).find((p) => /Content-Disposition: attachment/.test(p))!;
  const fileName = /filename="([^"]+)"/.exec(part)![1]!;
  const body = part.split('\r\n\r\n').slice(1).join('\r\n\r\n');
  return { fileName, bytes: Buffer.from(body.replace(/\s+/g, ''), 'base64') };
}

test('a response requested from the board comes back on a form, is reviewed and taken in, with its source in the history', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open example tracker' }).click();
  await expect(page.getByText('49 recommendations', { exact: true })).toBeVisible();
  const today = await browserToday(page);

  await page.getByRole('button', { name: /^Awaiting response/ }).click();
  const board = page.locator('.board');
  await expect(board.getByRole('heading', { name: 'Response and update forms' })).toBeVisible();
  await expect(board.getByText('No forms are awaited.')).toBeVisible();
  await board.getByRole('button', { name: 'Request a response from Executive (cabinet)' }).click();

  const dialog = page.getByRole('dialog', { name: 'Request a response' });
  const reference = (await dialog.locator('strong').first().textContent())!;
  expect(reference).toMatch(/^RF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await dialog.getByLabel('To', { exact: true }).fill('Cllr Ivan Powell');
  await dialog.getByLabel('Email address (optional)').fill('ivan.powell@herefordshire.gov.uk');
  expect(await violations(page)).toEqual([]);

  const [formDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the form' }).click()]);
  expect(formDownload.suggestedFilename()).toBe(`Response form ${reference} - Cllr Ivan Powell.docx`);
  await expect(dialog.getByRole('status')).toContainText(`The request (${reference}) is logged on the recommendation.`);
  const form = await readFile(await formDownload.path());

  const [emlDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Email the form (.eml)' }).click()]);
  expect(emlDownload.suggestedFilename()).toBe(`Response form ${reference} - Cllr Ivan Powell.eml`);
  const eml = await readFile(await emlDownload.path(), 'utf8');
  expect(eml).toMatch(/^X-Unsent: 1\r\n/);
  expect(eml).toContain('To: "Cllr Ivan Powell" <ivan.powell@herefordshire.gov.uk>');
  expect(eml).toContain('Content-Type: multipart/mixed;');
  const attached = attachmentOf(eml);
  expect(attached.fileName).toBe(`Response form ${reference} - Cllr Ivan Powell.docx`);
  // The attachment is the same form: the same document inside, whatever the zip's time stamps.
  const [a, b] = await Promise.all([JSZip.loadAsync(attached.bytes), JSZip.loadAsync(form)]);
  expect(await a.file('word/document.xml')!.async('string')).toBe(await b.file('word/document.xml')!.async('string'));
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The board shows the form awaited, under the person and in the panel.
  await expect(board.getByRole('list', { name: 'Forms sent and not yet returned' })).toContainText(`Cllr Ivan Powell — response form ${reference}, sent ${formatLongDate(today)}, 1 recommendation`);
  await expect(board.locator('.group-forms').first()).toContainText(`Forms awaited: ${reference}`);
  await page.screenshot({ path: 'test-results/forms-board.png' });

  // Filled in as the cabinet member's office would: typing in the cells, two paragraphs in the response.
  const xml = await b.file('word/document.xml')!.async('string');
  const rowRef = /R-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(xml)![0];
  const filled = await fillDocx(
    new Uint8Array(attached.bytes),
    { [rowRef]: { outcome: 'Partly accepted', response: ['A member champion will be appointed in May.', 'The wider role is for Council to decide.'], targetDate: '31/5/27' } },
    { completedBy: 'Cllr Ivan Powell' },
  );

  // Dropped on the window: the forms import opens and shows what would change.
  await page.evaluate(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name: `Response form ${reference} - Cllr Ivan Powell.docx`, bytes: [...filled] },
  );
  const review = page.getByRole('dialog', { name: 'Import returned forms' });
  await expect(review.getByText(`Response form ${reference}, completed by Cllr Ivan Powell.`)).toBeVisible();
  const entry = review.locator('.form-entry').filter({ hasText: UNANSWERED });
  await expect(entry.getByRole('checkbox')).toBeChecked();
  await expect(entry.getByRole('row', { name: /^Outcome/ })).toContainText('Partially accepted');
  await expect(entry.getByRole('row', { name: /^Response date/ })).toContainText(formatLongDate(today));
  await expect(entry.getByRole('row', { name: /^Given by/ })).toContainText('Cllr Ivan Powell');
  await expect(entry.getByRole('row', { name: /^Target date/ })).toContainText('31 May 2027');
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/forms-review.png' });
  await review.getByRole('button', { name: 'Take in 1 recommendation' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByText(/Took in the returned form for 1 recommendation: 5 changes/)).toBeVisible();

  // The board: answered, so it has left the awaiting list, and no form is awaited any more.
  await expect(board.getByText('No forms are awaited.')).toBeVisible();
  await expect(board.getByRole('listitem').filter({ hasText: UNANSWERED })).toHaveCount(0);

  // The recommendation holds the response; its history says where it came from; the chase log shows it received.
  await page.getByRole('button', { name: 'Tracker', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('champion foster');
  await table(page).getByRole('option', { name: /^7 That Herefordshire Council/ }).click();
  await expect(page.getByLabel('Outcome')).toHaveValue('Partially accepted');
  await expect(page.getByRole('list', { name: 'Forms' })).toContainText(`Response received (form ${reference}, completed by Cllr Ivan Powell)`);
  await page.getByText(/^History \(\d+\)$/).click();
  const history = page.locator('.history-list');
  await expect(history).toContainText(`Reason: From the response form ${reference} returned by Cllr Ivan Powell on ${formatLongDate(today)}`);

  // The same form again: refused in plain words, nothing changed.
  await page.evaluate(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name: `Response form ${reference} - Cllr Ivan Powell.docx`, bytes: [...filled] },
  );
  await expect(page.getByRole('dialog', { name: 'Import returned forms' }).getByRole('alert')).toContainText(`This form (${reference}) was read in on ${formatLongDate(today)}`);
  await page.keyboard.press('Escape');

  // Asking for progress: an update form as an Excel workbook for the committee's own accepted, unfinished actions (Full Council's are completed in the example).
  await page.getByRole('button', { name: /^Awaiting response/ }).click();
  await board.getByRole('button', { name: 'Request updates from The committee' }).click();
  const updates = page.getByRole('dialog', { name: 'Request updates' });
  await updates.getByRole('radio', { name: /Excel workbook/ }).check();
  const [workbook] = await Promise.all([page.waitForEvent('download'), updates.getByRole('button', { name: 'Save the form' }).click()]);
  expect(workbook.suggestedFilename()).toMatch(/^Update form UF-[0-9A-Z]{4}-[0-9A-Z]{4} - The committee\.xlsx$/);
  await updates.getByRole('button', { name: 'Close' }).click();
  await expect(board.getByRole('list', { name: 'Forms sent and not yet returned' })).toContainText('The committee — update form');
  await expect(board.getByRole('button', { name: 'Request updates from The committee' })).toHaveCount(0);

  // A returned file cut short in the post: a plain message, and nothing to take in.
  await board.getByRole('button', { name: 'Import returned forms…' }).click();
  const again = page.getByRole('dialog', { name: 'Import returned forms' });
  await again.getByLabel('A returned response or update form (.docx or .xlsx)').setInputFiles({
    name: `Response form ${reference}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(filled.slice(0, Math.floor(filled.length / 2))),
  });
  await expect(again.getByRole('alert')).toContainText('This file is damaged or incomplete');
  await expect(again.getByRole('button', { name: /^Take in/ })).toHaveCount(0);
});
