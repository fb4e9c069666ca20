import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';

const KEY = 'my-number-guide/progress';
const ASIDE = 'my-number-guide/unreadable';

test('corrupt stored data: the app runs, says so, and keeps the bad data aside', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"milestones":{"moved_in":'), KEY);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), ASIDE)).toBe('{"version":1,"milestones":{"moved_in":');
  // The app keeps working and saving.
  await page.goto('/stage/register');
  await page.getByRole('checkbox', { name: 'Passport' }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();
});

test('data from a newer app version is kept as it is', async ({ page }) => {
  await page.goto('/');
  const future = '{"version":99,"whatever":true}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
  await page.goto('/stage/register');
  await page.getByRole('checkbox', { name: 'Passport' }).check();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(future);
});

test.describe('storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the app runs in memory and warns that progress will not be kept', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/stage/register');
    await expect(page.getByRole('alert').filter({ hasText: 'does not let the app save' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Passport' }).check();
    await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();
    expect(errors).toEqual([]);
  });
});

test('quota exceeded on save: the user is told and the previous save is intact', async ({ page }) => {
  await page.goto('/stage/register');
  await page.getByRole('checkbox', { name: 'Passport' }).check();
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByRole('checkbox', { name: 'Residence card (在留カード)' }).check();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
});

test('export then import round-trips exactly; a malformed import changes nothing', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-04-20T09:00:00+09:00'));
  await page.goto('/stage/register');
  await page.getByLabel('I moved in on', { exact: true }).fill('2026-04-01');
  await page.getByLabel('I moved in on', { exact: true }).blur();
  await page.getByRole('checkbox', { name: 'Passport' }).check();
  await page.goto('/settings');
  const original = await page.evaluate((k) => localStorage.getItem(k), KEY);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloadPromise;
  const file = info.outputPath('backup.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(original));

  // Malformed: truncated JSON.
  const bad = info.outputPath('bad.json');
  await writeFile(bad, original.slice(0, 20));
  await restoreFrom(page, bad);
  await expect(page.getByRole('alert').filter({ hasText: 'not a backup' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(original);

  // Reset, then restore the export.
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBe(original);

  await restoreFrom(page, file);
  await expect(page.getByText('Dates in this backup: 1. Ticked items: 1.')).toBeVisible();
  await page.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(original);
});

// Picks a file with the localised restore button, as a user does (the file input itself is hidden).
async function restoreFrom(page, path) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await (await chooser).setFiles(path);
}
