import { test, expect } from '@playwright/test';

// An installed app stays open for days: when the device's date turns, the countdown and every status
// must follow it without a reload. The browser clock is Playwright's fake clock, in Tokyo time.
test.use({ timezoneId: 'Asia/Tokyo' });

const KEY = 'my-number-guide/progress';
// Moved in on Tue 16 Mar 2027, so registering is due by Tue 30 Mar 2027 (R1); leaving on Sat 10 Apr 2027.
const STORED = JSON.stringify({
  version: 1,
  milestones: { moved_in: '2027-03-16', departure: '2027-04-10' },
  ticks: [],
  settings: {},
});

// Starts the browser clock at `time` (it then runs on by itself) and opens Home with the stored dates.
async function openHomeAt(page, time) {
  await page.clock.install({ time: new Date(time) });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, STORED]);
  await page.reload();
  await page.evaluate(() => (window.__samePage = true));
}

test('at midnight the countdown and the statuses move on without a reload', async ({ page }) => {
  await openHomeAt(page, '2027-03-30T23:59:00+09:00');
  const countdown = page.getByTestId('countdown-days');
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(countdown).toHaveText('11 days until you leave');
  await expect(next).toContainText('Register your address');
  await expect(next).toContainText('Due soon');
  await expect(next).toContainText('by Tue 30 Mar 2027 · today');

  // Hold the clock ten seconds before midnight, then let twenty seconds pass.
  await page.clock.pauseAt(new Date('2027-03-30T23:59:50+09:00'));
  await expect(countdown).toHaveText('11 days until you leave');
  await page.clock.runFor('00:20');

  await expect(countdown).toHaveText('10 days until you leave');
  await expect(next).toContainText('Late');
  await expect(next).toContainText('by Tue 30 Mar 2027 · 1 day late');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test('coming back to the app on a later day shows that day at once', async ({ page }) => {
  await openHomeAt(page, '2027-03-30T20:00:00+09:00');
  const countdown = page.getByTestId('countdown-days');
  await expect(countdown).toHaveText('11 days until you leave');

  // The phone slept through midnight: the date jumps without any timer firing, and the page is shown again.
  await page.clock.pauseAt(new Date('2027-03-30T20:00:10+09:00'));
  await page.clock.setSystemTime(new Date('2027-04-01T08:00:00+09:00'));
  await expect(countdown).toHaveText('11 days until you leave');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

  await expect(countdown).toHaveText('9 days until you leave');
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('2 days late');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});
