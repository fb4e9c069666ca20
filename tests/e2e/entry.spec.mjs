// Issue 13 §1, §2 and §5, as a student meets them: date entry that never loses or twists a date, statuses
// that never claim what did not happen, and help that works under stress.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';

const KEY = 'my-number-guide/progress';
const planItem = (page, title) => page.locator('.plan-item', { hasText: title });
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || '{}'), KEY);

async function seed(page, today, milestones, settings = {}) {
  await page.clock.setFixedTime(new Date(`${today}T09:00:00+09:00`));
  await page.goto('/');
  await page.evaluate(
    ([k, milestones, settings]) =>
      localStorage.setItem(k, JSON.stringify({ version: 2, milestones, ticks: [], settings })),
    [KEY, milestones, settings],
  );
}

test.describe('§1 date entry', () => {
  test('a Backspace in a saved date, then leaving the field, keeps the date, also after a reload', async ({ page }, info) => {
    await seed(page, '2026-04-10', { moved_in: '2026-04-01' });
    await page.goto('/stage/register');
    const movedIn = page.getByLabel('I moved in on', { exact: true });
    await expect(movedIn).toHaveValue('2026-04-01');
    // The stored date in words, under the field.
    await expect(page.getByText('Wed 1 Apr 2026 · 9 days ago')).toBeVisible();
    await movedIn.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: info.outputPath('register-with-a-date-360.png') });

    // One Backspace in the day part (month/day/year on an en-US phone: Tab moves to the day).
    await movedIn.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Backspace');
    await movedIn.blur();
    await expect(page.getByRole('alert').filter({ hasText: 'Enter a full date' })).toBeVisible();
    // Clear stays available while the field shows a value.
    await expect(page.getByRole('button', { name: 'Clear: I moved in on' })).toBeEnabled();
    expect((await stored(page)).milestones.moved_in).toBe('2026-04-01');
    await expect(page.getByText('Wed 1 Apr 2026 · 9 days ago')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('I moved in on', { exact: true })).toHaveValue('2026-04-01');

    // Only Clear clears.
    await page.getByRole('button', { name: 'Clear: I moved in on' }).click();
    await expect(page.getByLabel('I moved in on', { exact: true })).toHaveValue('');
    expect((await stored(page)).milestones.moved_in).toBe(null);
    await expect(page.getByRole('button', { name: 'Clear: I moved in on' })).toBeDisabled();
  });

  test('a refused date stays visible with its message until corrected; a reload shows what is stored', async ({ page }) => {
    await seed(page, '2026-04-10', { moved_in: '2026-04-01' });
    await page.goto('/stage/register');
    const registered = page.getByLabel('I registered my address on', { exact: true });
    await registered.fill('2026-03-20');
    await registered.blur();
    const refusal = page.getByRole('alert').filter({ hasText: 'This cannot be before “I moved in on” (Wed 1 Apr 2026)' });
    await expect(refusal).toBeVisible();
    // Another change on the page does not wipe the refused date from the field.
    await page.getByRole('checkbox', { name: 'Passport' }).check();
    await expect(registered).toHaveValue('2026-03-20');
    await expect(refusal).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('I registered my address on', { exact: true })).toHaveValue('');
  });

  test('a day-first entry shows its date in words and asks before it is saved', async ({ page }, info) => {
    // The student moved in on 1 April and typed "04/01" on a phone that reads month first: 4 January.
    await seed(page, '2026-04-10', {});
    await page.goto('/stage/register');
    const movedIn = page.getByLabel('I moved in on', { exact: true });
    await movedIn.fill('2026-01-04');
    const question = page.getByRole('alert').filter({ hasText: 'Is this right?' });
    await expect(question).toContainText('With Sun 4 Jan 2026, “Register your address” would be 82 days late.');
    expect((await stored(page)).milestones?.moved_in ?? null).toBe(null);
    await movedIn.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: info.outputPath('register-question-360.png') });
    await question.getByRole('button', { name: 'Discard' }).click();
    await expect(movedIn).toHaveValue('');
    await expect(question).toHaveCount(0);

    // A year far from today (2016 for 2026) asks too.
    await movedIn.fill('2016-04-01');
    await expect(page.getByRole('alert').filter({ hasText: 'Is this right? Fri 1 Apr 2016 is far from today.' })).toBeVisible();
    await page.getByRole('button', { name: 'Discard' }).click();

    // An ordinary date is saved at once, with its words.
    await movedIn.fill('2026-04-01');
    await movedIn.blur();
    await expect(page.getByText('Wed 1 Apr 2026 · 9 days ago')).toBeVisible();
    expect((await stored(page)).milestones.moved_in).toBe('2026-04-01');
  });

  test('"Keep it" saves a date the question was about', async ({ page }) => {
    await seed(page, '2026-04-10', {});
    await page.goto('/stage/register');
    await page.getByLabel('I moved in on', { exact: true }).fill('2026-01-04');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByText('Sun 4 Jan 2026 · 96 days ago')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('I moved in on', { exact: true })).toHaveValue('2026-01-04');
  });
});

test.describe('§2 statuses', () => {
  test('express issuance reads "until …" while open, closed after its window, and leaves "How I applied"', async ({ page }) => {
    await seed(page, '2026-04-20', { moved_in: '2026-04-01', registered: '2026-04-03' });
    await page.goto('/stage/apply');
    const express = planItem(page, 'Express issuance');
    await expect(express).toContainText('Optional');
    await expect(express).toContainText('until Sun 3 May 2026 · in 13 days');
    let methods = await page.getByLabel('How I applied').locator('option').allTextContents();
    expect(methods).toContain('Express issuance (特急発行)');

    await page.clock.setFixedTime(new Date('2026-05-10T09:00:00+09:00'));
    await page.reload();
    await expect(express).toContainText('Closed');
    await expect(express).toContainText('Express issuance closed on Sun 3 May 2026: apply by the normal route.');
    await expect(express).not.toContainText('Done');
    await expect(express).not.toContainText('Late');
    methods = await page.getByLabel('How I applied').locator('option').allTextContents();
    expect(methods).not.toContain('Express issuance (特急発行)');
    expect(methods).toContain('By mail');

    // Two weeks after closing it has left the plan.
    await page.clock.setFixedTime(new Date('2026-05-18T09:00:00+09:00'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Apply for the card' })).toBeVisible();
    await expect(express).toHaveCount(0);
  });

  test('once the student applied another way, express disappears', async ({ page }) => {
    await seed(page, '2026-04-20', { moved_in: '2026-04-01', registered: '2026-04-03' });
    await page.goto('/stage/apply');
    await expect(planItem(page, 'Express issuance')).toHaveCount(1);
    await page.getByLabel('How I applied').selectOption({ label: 'By mail' });
    await expect(planItem(page, 'Express issuance')).toHaveCount(0);
  });

  test('ticking "Report your address (転入届)" completes the step with today\'s date, and opens the date to change it', async ({ page }) => {
    await seed(page, '2026-04-10', { moved_in: '2026-04-01' });
    await page.goto('/stage/register');
    const register = planItem(page, 'Register your address');
    await expect(register).toContainText('Due soon');
    const action = page.getByRole('checkbox', { name: 'Report your address (転入届)' });
    await action.click();
    await expect(action).toBeChecked();
    await expect(register).toContainText('Done');
    expect((await stored(page)).milestones.registered).toBe('2026-04-10');
    await action.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: test.info().outputPath('register-action-ticked-360.png') });
    // Its date opens under the item, today by default, to be changed.
    const item = page.locator('.checklist li').filter({ has: action });
    const date = item.getByLabel('I registered my address on', { exact: true });
    await expect(date).toHaveValue('2026-04-10');
    await date.fill('2026-04-08');
    await expect(item.getByText('Wed 8 Apr 2026 · 2 days ago')).toBeVisible();
    expect((await stored(page)).milestones.registered).toBe('2026-04-08');
    // The same date in the step's dates above.
    await expect(page.locator('#date-registered')).toHaveValue('2026-04-08');

    // Unticking does not erase the date: it opens the field, whose Clear button does.
    await page.reload();
    await action.click();
    await expect(action).toBeChecked();
    expect((await stored(page)).milestones.registered).toBe('2026-04-08');
    await item.getByRole('button', { name: 'Clear: I registered my address on' }).click();
    await expect(action).not.toBeChecked();
    await expect(register).toContainText('Due soon');
  });

  test('a step done without the date it counts from asks for that date instead of saying "Done"', async ({ page }) => {
    await seed(page, '2026-04-10', { registered: '2026-04-03' });
    await page.goto('/stage/register');
    const register = planItem(page, 'Register your address');
    await expect(register).toContainText('Needs a date');
    await expect(register).not.toContainText('Done');
  });
});

test.describe('§5 help under stress', () => {
  test('a phrase card: Close at the top within the first 740 px, full screen, and a sentence hidden for this showing', async ({ page }, info) => {
    await seed(page, '2026-04-10', { moved_in: '2026-04-01' });
    await page.goto('/phrases');
    await page.getByRole('link', { name: /Moving in/ }).click();
    const card = page.getByRole('article');
    const close = card.getByRole('link', { name: 'Close' });
    await expect(close).toBeInViewport();
    const box = await close.boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // The browser's full-screen mode, where it has one.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.screenshot({ path: info.outputPath('phrase-card-360.png') });

    // The pension line does not apply to a student under 20: hide it for this showing.
    const pension = card.getByText('国民年金の手続きもお願いします。', { exact: false });
    await expect(pension).toBeVisible();
    await card.getByRole('button', { name: /^Hide: \(Only if you are 20 or over\)/ }).click();
    await expect(pension).toBeHidden();
    await expect(card.getByText('Kokumin nenkin', { exact: false })).toBeHidden();
    // Close stays in reach after scrolling the card.
    await card.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(close).toBeInViewport();
    await page.screenshot({ path: info.outputPath('phrase-card-scrolled-360.png') });
    await card.getByRole('button', { name: 'Show all sentences' }).click();
    await expect(pension).toBeVisible();

    await close.click();
    await expect(page).toHaveURL(/\/phrases$/);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  });

  test.describe('without a service worker (a blocked pack is not answered from its cache)', () => {
    test.use({ serviceWorkers: 'block' });
    test('a language that cannot be downloaded keeps the current one, says so in it, and is not stored', async ({ page }) => {
      await seed(page, '2026-04-10', {}, { lang: 'ja' });
      await page.route('**/lang/ko.txt', (route) => route.abort());
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await page.getByRole('combobox', { name: '言語' }).selectOption({ label: '한국어' });
      const notice = page.getByRole('alert').filter({ hasText: '한국어' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('日本語');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのマイナンバーカード');
      await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
      expect((await stored(page)).settings.lang).toBe('ja');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('alert')).toHaveCount(0);

      // With the network back, the choice arrives and is stored.
      await page.unroute('**/lang/ko.txt');
      await page.getByRole('combobox', { name: '言語' }).selectOption({ label: '한국어' });
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      expect((await stored(page)).settings.lang).toBe('ko');
    });
  });

  test('backups: a localised restore button of 44 px, the exported file named, and a neutral preview with dates in words', async ({ page }, info) => {
    await seed(page, '2026-04-20', { moved_in: '2026-04-01', registered: '2026-04-03' }, { lang: 'ja' });
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const restore = page.getByRole('button', { name: 'バックアップファイルから復元' });
    await expect(restore).toBeVisible();
    expect((await restore.boundingBox()).height).toBeGreaterThanOrEqual(44);
    // The browser's own "Choose File" control is not shown.
    await expect(page.locator('input[type=file]')).not.toBeInViewport();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('my-number-guide-backup-2026-04-20.json');
    await expect(page.getByRole('status').filter({ hasText: 'my-number-guide-backup-2026-04-20.json' })).toBeVisible();
    const file = info.outputPath('backup.json');
    await download.saveAs(file);

    const chooser = page.waitForEvent('filechooser');
    await restore.click();
    await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: await readFile(file) });
    const preview = page.locator('.import-preview');
    await expect(preview).toContainText('2026年4月1日(水)');
    await expect(preview).toContainText('2026年4月3日(金)');
    // Neutral until confirmed: no success styling, no alert.
    await expect(page.locator('.notice-ok').filter({ visible: true })).toHaveCount(1); // the export message only
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.locator('.import-preview').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: info.outputPath('settings-restore-preview-360.png') });
  });

  test('where the browser can share files, the export offers Share', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.canShare = (data) => Array.isArray(data.files) && data.files.length === 1;
      navigator.share = async (data) => { window.__shared = data.files.map((f) => f.name); };
    });
    await seed(page, '2026-04-20', { moved_in: '2026-04-01' });
    await page.goto('/settings');
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Export backup' }).click();
    await expect(page.getByText('Saved as “my-number-guide-backup-2026-04-20.json” in your browser’s downloads.')).toBeVisible();
    await page.getByRole('button', { name: 'Share' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: test.info().outputPath('settings-exported-360.png') });
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => window.__shared)).toEqual(['my-number-guide-backup-2026-04-20.json']);
  });
});

test('the question, the date opened under a checklist item, a hidden sentence and the restore preview pass axe', async ({ page }) => {
  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await seed(page, '2026-04-10', {});
  await page.goto('/stage/register');
  await page.getByLabel('I moved in on', { exact: true }).fill('2026-01-04');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Report your address (転入届)' }).click();
  await expect(page.locator('#tick-date-registered')).toBeVisible();
  expect(await serious()).toEqual([]);

  await page.goto('/phrases/move-in');
  await page.getByRole('button', { name: /^Hide: \(Only if/ }).click();
  await expect(page.getByRole('button', { name: 'Show all sentences' })).toBeVisible();
  expect(await serious()).toEqual([]);

  await page.goto('/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await (await chooser).setFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 2, milestones: { moved_in: '2026-04-01' }, ticks: [], settings: {} })),
  });
  await expect(page.getByRole('button', { name: 'Replace with this backup' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
