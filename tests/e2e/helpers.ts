// Shared steps for the end-to-end tests: a fresh app, and keyboard-only moves between controls.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export async function openFreshApp(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your tracker is empty' })).toBeVisible();
  expect(errors).toEqual([]);
}

/** The table of recommendations (a listbox of rows). */
export function table(page: Page) {
  return page.getByRole('listbox', { name: /^Recommendations/ });
}

/** Presses Tab until the control labelled `label` has the focus (keyboard only, like a person). */
export async function tabTo(page: Page, label: string | RegExp, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const labelEl = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
      return (labelEl?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (typeof label === 'string' ? name === label : label.test(name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${String(label)}"`);
}

/** Writes `data` to a new file called `name` in a temporary folder, for a file input; returns its path. */
export async function tempFile(name: string, data: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-e2e-'));
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

/** Runs a command of the top bar's menus ("New" → "Meeting…"), as a person clicking would. */
export async function command(page: Page, menu: 'New' | 'Import' | 'Export', item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Commands' }).getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
}
