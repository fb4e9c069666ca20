import { test, expect } from '@playwright/test';

// FACTS.md revision 2, as a student meets it: two expiry dates (R7, R9), express issuance only after the
// first registration on arrival and mailed (R3), a move within Japan in three steps (R18, R11), and the
// lost-card line's hours in the reader's language.

async function enterDate(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

const planItem = (page, title) => page.locator('.plan-item', { hasText: title });

test('the express path: no postcard to wait for, and Collect says the card comes by mail (R3)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-20T09:00:00+09:00'));
  await page.goto('/stage/register');
  await enterDate(page, 'I moved in on', '2026-04-01');
  await enterDate(page, 'I registered my address on', '2026-04-03');
  await expect(
    page.getByRole('radio', { name: 'Yes, my first after arriving in Japan' }),
  ).toBeChecked();

  await page.goto('/stage/apply');
  await enterDate(page, 'I applied on', '2026-04-10');
  await page.getByLabel('How I applied').selectOption({ label: 'Express issuance (特急発行)' });

  await page.goto('/stage/notice');
  await expect(page.getByText('there is no postcard')).toBeVisible();
  await expect(planItem(page, 'Issuance notice expected')).toHaveCount(0);

  await page.goto('/stage/collect');
  await expect(page.getByText('The card comes by mail to your registered address')).toBeVisible();
  const card = planItem(page, 'Express card expected by mail');
  await expect(card).toContainText('Wed 15 Apr 2026 – Fri 24 Apr 2026');
  await expect(planItem(page, 'Collect your card')).toHaveCount(0);
});

test('after a move within Japan, express issuance is not offered (R3)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-20T09:00:00+09:00'));
  await page.goto('/stage/register');
  await enterDate(page, 'I registered my address on', '2026-04-03');
  await page.getByRole('radio', { name: 'No, it was after a move within Japan' }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'No, it was after a move within Japan' })).toBeChecked();
  await page.goto('/stage/apply');
  // The app is on screen (a count of 0 alone also holds before it has started).
  await expect(page.getByRole('heading', { level: 1, name: 'Apply for the card' })).toBeVisible();
  await expect(planItem(page, 'Express issuance possible')).toHaveCount(0);
  const methods = await page.getByLabel('How I applied').locator('option').allTextContents();
  expect(methods).not.toContain('Express issuance (特急発行)');
  expect(methods).toContain('By mail');
});

test('two expiry dates: a later residence card never moves the card extension deadline (R7, R9)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+09:00'));
  await page.goto('/stage/keep-valid');
  await enterDate(page, 'Expiry date printed on my My Number Card', '2027-03-31');
  const extend = planItem(page, 'Extend your card at the city office');
  await expect(extend).toContainText('by Wed 31 Mar 2027');
  await enterDate(page, 'My residence card expires on', '2029-03-31');
  await expect(extend).toContainText('by Wed 31 Mar 2027');
  await page.reload();
  await expect(planItem(page, 'Extend your card at the city office')).toContainText('by Wed 31 Mar 2027');
  await expect(page.getByLabel('Expiry date printed on my My Number Card', { exact: true })).toHaveValue('2027-03-31');
});

test('a move within Japan with all three dates (R18, R11)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-20T09:00:00+09:00'));
  await page.goto('/stage/register');
  await page.getByLabel('I moved in on', { exact: true }).fill('2026-04-01');
  // R1 would be 219 days late: a first date like that is asked about before it is saved.
  await page.getByRole('button', { name: 'Keep it' }).click();
  await enterDate(page, 'I move out of my old city on', '2026-10-28');
  await enterDate(page, 'I moved to another city in Japan on', '2026-11-01');
  const report = planItem(page, 'Report your new address (転入届) at the new city');
  // The earlier of 1 Nov + 14 days and 28 Oct + 30 days.
  await expect(report).toContainText('by Sun 15 Nov 2026');
  await expect(report).toContainText('Late');
  const continued = planItem(page, 'Continued use of the card in the new city');
  await expect(continued).toContainText('counted from your move-in');

  await enterDate(page, 'I reported my new address on', '2026-11-05');
  await expect(report).toContainText('Done');
  await expect(planItem(page, 'Moving-out notification (転出届) at your old city')).toContainText(
    'Wed 14 Oct 2026 – Wed 28 Oct 2026',
  );
  await expect(continued).toContainText('by Wed 3 Feb 2027');
});

test("a Nepali reader learns that the foreign-language lost-card line answers Nepali in the daytime only", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-20T09:00:00+09:00'));
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'my-number-guide/progress',
      JSON.stringify({ version: 2, milestones: {}, ticks: [], settings: { lang: 'ne' } }),
    ),
  );
  await page.goto('/stage/use');
  const line = page.getByTestId('lost-line');
  await expect(line).toContainText('0120-0178-27');
  await expect(line).toContainText('दिनको समयमा मात्र');
  await expect(line).toContainText('0120-95-0178');
  // An English reader is told the line answers English 24 hours, with the languages named.
  await page.evaluate(() =>
    localStorage.setItem(
      'my-number-guide/progress',
      JSON.stringify({ version: 2, milestones: {}, ticks: [], settings: { lang: 'en' } }),
    ),
  );
  await page.reload();
  await expect(page.getByTestId('lost-line')).toContainText('24 hours in English, Chinese, Korean');
});
