import { test, expect } from '@playwright/test';

const STAGES = [
  'Register your address',
  'Notification letter',
  'Apply for the card',
  'Issuance notice',
  'Collect the card',
  'Use your card',
  'Keep it valid',
  'Leave Japan',
];

test('a 360 px phone sees all eight stages, no sideways scrolling, no console errors', async ({ page }, info) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toBeVisible();
  for (const title of STAGES) {
    await expect(page.locator('.stage-list').getByText(title, { exact: true })).toBeVisible();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  const shot = info.outputPath('home-360.png');
  await page.screenshot({ path: shot, fullPage: true });
  await info.attach('home-360', { path: shot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});
