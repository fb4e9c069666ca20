// axe-core on every screen in both themes: no serious or critical violation.
import { test, expect } from '@playwright/test';
import { seedProgress } from './seed.mjs';
import AxeBuilder from '@axe-core/playwright';

const SCREENS = [
  '/',
  '/stage/register',
  '/stage/letter',
  '/stage/apply',
  '/stage/notice',
  '/stage/collect',
  '/stage/use',
  '/stage/keep-valid',
  '/stage/leave',
  '/phrases',
  '/phrases/move-in',
  '/settings',
  '/lost-card',
  '/sources',
  '/check-number',
  '/no-such-page',
];

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical axe violations on any screen (${scheme})`, async ({ page }) => {
    // About 1.5 s per screen, more on a busy machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await seedProgress(page);
    const found = [];
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length, `axe ran on ${path}`).toBeGreaterThan(10);
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          found.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
}

test('every control can be reached and used with the keyboard', async ({ page }) => {
  await page.goto('/stage/register');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const focusable = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName}:${el.getAttribute('aria-label') || el.id || el.textContent.trim().slice(0, 20)}` : '';
    });
    focusable.push(label);
  }
  expect(focusable.some((l) => l.startsWith('INPUT:date-moved-in'))).toBe(true);
  expect(focusable.some((l) => l.startsWith('INPUT:tick-register-bring-1'))).toBe(true);
  // The checkbox toggles with the space bar.
  await page.locator('#tick-register-bring-1').focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();
});

test('text zoomed to 200 % does not scroll sideways at 360 px', async ({ page }) => {
  await page.goto('/stage/register');
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  for (const path of ['/', '/stage/register', '/phrases/move-in', '/settings', '/lost-card', '/sources']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('without a service worker (so the blocked pack request is not answered from its cache)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the notices and plan checkboxes that only some users see have no serious or critical axe violations', async ({ page }) => {
    await seedProgress(page);
    // A language that cannot be downloaded (as offline on first use) shows its notice with "Try again".
    await page.route('**/lang/ko.txt', (route) => route.abort());
    await page.goto('/stage/register');
    await expect(page.getByRole('checkbox', { name: 'Report your new address (転入届) at the new city: I have done this' })).toBeChecked();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
    await expect(page.getByRole('alert').filter({ hasText: '한국어 could not be downloaded' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the start screen saying no language could be downloaded has no serious or critical axe violations', async ({ page }) => {
    await page.route('**/lang/*.txt', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: 'English could not be downloaded' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
