import { test, expect } from '@playwright/test';

// Dates are computed from the browser's "today": freeze it so the expected numbers are exact.
const TODAY = '2026-04-05T09:00:00+09:00';

// Types a date into the field labelled `label` and leaves it, as a user does (the app saves on change).
async function enterDate(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

// A first date that makes a deadline more than 30 days late is asked about before it is saved: keep it.
async function enterLateDate(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Keep it' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(TODAY));
});

test('entering a move-in date shows the registration deadline 14 days later (R1)', async ({ page }) => {
  await page.goto('/stage/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Register your address' })).toBeVisible();
  await enterDate(page, 'I moved in on', '2026-04-01');
  const item = page.locator('.plan-item', { hasText: 'Register your address' });
  await expect(item).toContainText('by Wed 15 Apr 2026');
  await expect(item).toContainText('in 10 days');

  await page.getByRole('link', { name: 'Home' }).click();
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(next).toContainText('Register your address');
  await expect(next).toContainText('Wed 15 Apr 2026');
});

test('an impossible date is explained and not saved', async ({ page }) => {
  await page.goto('/stage/register');
  await enterDate(page, 'I moved in on', '2026-04-01');
  await enterDate(page, 'I registered my address on', '2026-03-20');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be before' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('I registered my address on', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('I moved in on', { exact: true })).toHaveValue('2026-04-01');
});

test('a ticked item and a departure date survive a reload, and the countdown is right', async ({ page }) => {
  await page.goto('/stage/register');
  const passport = page.getByRole('checkbox', { name: 'Passport' });
  await passport.check();

  await page.goto('/stage/leave');
  await enterDate(page, 'I plan to leave Japan on', '2026-05-05');

  await page.reload();
  await expect(page.getByLabel('I plan to leave Japan on', { exact: true })).toHaveValue('2026-05-05');
  await page.goto('/stage/register');
  await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();

  await page.goto('/');
  await expect(page.getByTestId('countdown-days')).toHaveText('30 days until you leave');
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('Moving-out notification');
  // The home lists the soonest leaving tasks; the whole list is on the Leave step (issue 11 §6).
  await expect(page.getByRole('region', { name: 'Coming up' })).toContainText('Return your My Number Card');
  await page.goto('/stage/leave');
  const pension = page.locator('.plan-item', { hasText: 'If you paid 6 months or more: claim the pension lump sum' });
  await expect(pension).toContainText('Fri 5 May 2028');
});

test('a stage can be opened directly from its address', async ({ page }) => {
  await page.goto('/stage/keep-valid');
  await expect(page.getByRole('heading', { level: 1, name: 'Keep it valid' })).toBeVisible();
  await expect(page.getByText('有効期限').first()).toBeVisible();
});

test('links change the address without a page load, and Back returns to the previous screen', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => (window.__samePage = true));
  await page.getByRole('link', { name: /Collect the card/ }).click();
  await expect(page).toHaveURL(/\/stage\/collect$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Collect the card' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Your My Number Card' })).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});

test('after a move within Japan, the late report can be marked done; the next step moves on and it survives a reload (R11)', async ({ page }) => {
  await page.goto('/stage/register');
  await enterLateDate(page, 'I moved in on', '2025-10-01');
  await enterLateDate(page, 'I registered my address on', '2025-10-02');
  await enterLateDate(page, 'I moved to another city in Japan on', '2026-03-01');
  await page.goto('/stage/letter');
  await enterDate(page, 'The letter arrived on', '2025-10-20');

  await page.getByRole('link', { name: 'Home' }).click();
  const next = page.getByRole('region', { name: 'Next step' });
  // R18: the moving-out notification at the old city came first; the report at the new one is late too.
  await expect(next).toContainText('Moving-out notification (転出届) at your old city');
  await expect(next).toContainText('35 days late');

  await page.goto('/stage/register');
  const item = page.locator('.plan-item', { hasText: 'Report your new address' });
  await item.getByRole('checkbox', { name: 'Report your new address (転入届) at the new city: I have done this' }).check();
  await expect(item).toContainText('Done');
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Report your new address (転入届) at the new city: I have done this' }),
  ).toBeChecked();
  await page.getByRole('link', { name: 'Home' }).click();
  // Reported at the new city: the old city's notification was done too.
  await expect(page.getByRole('region', { name: 'Next step' })).not.toContainText('Report your new address');
  await expect(page.getByRole('region', { name: 'Next step' })).not.toContainText('Moving-out notification');
});

test('ticking "Applied to renew" on the Keep-it-valid checklist marks the renewal done for this residence card (R8)', async ({ page }) => {
  await page.goto('/stage/keep-valid');
  await enterDate(page, 'My residence card expires on', '2026-05-31');
  const task = page.locator('.plan-item', { hasText: 'Renew your period of stay' });
  await expect(task).not.toContainText('Done');
  const applied = page.getByRole('checkbox', { name: /^Applied to renew my period of stay/ });
  await applied.check();
  await expect(task).toContainText('Done');
  await expect(task.getByRole('checkbox')).toBeChecked();
  // A new residence card with a new expiry: the next round starts open and unticked.
  await enterDate(page, 'My residence card expires on', '2029-05-31');
  await expect(applied).not.toBeChecked();
  await expect(task).not.toContainText('Done');
  // Extending the card is done by entering its new printed expiry, never by a tick (R9).
  await expect(page.locator('.plan-item', { hasText: 'Extend your card at the city office' }).getByRole('checkbox')).toHaveCount(0);
});
