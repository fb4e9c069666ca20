// A home screen that fits the moment (issue 11 §6), starting where the student is (issue 13 §3), and
// screens that lead to each other (issue 13 §4).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const KEY = 'my-number-guide/progress';
const TODAY = '2026-04-20T09:00:00+09:00';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(TODAY));
});

async function store(page, document) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(document)]);
}

const journeyStep = (page, n) => page.getByRole('link', { name: new RegExp(`^Step ${n} of 8 `) });
const serious = (results) =>
  results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the first visit asks where the student is; "applied" marks the earlier steps done and opens the postcard step', async ({ page }, info) => {
  await page.goto('/');
  const question = page.getByRole('group', { name: 'Where are you with your card?' });
  await expect(question.getByRole('button')).toHaveText([
    'I have just arrived',
    'I have registered my address',
    'I have the letter with my number',
    'I have applied for the card',
    'I have my card',
  ]);
  // Not a wall of "Needs a date": the first step needs one, the others come later.
  await expect(page.locator('.stage-list .badge')).toHaveText(['Needs a date', 'Later', 'Later', 'Later', 'Later', 'Later', 'Later']);
  await page.screenshot({ path: info.outputPath('home-new-user-360.png'), fullPage: true });
  expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);

  await question.getByRole('button', { name: 'I have applied for the card' }).click();
  await expect(page).toHaveURL(/\/stage\/notice$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Issuance notice' })).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('group', { name: 'Where are you with your card?' })).toHaveCount(0);
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(next).toContainText('Issuance notice expected');
  for (const n of [1, 2, 3]) await expect(journeyStep(page, n)).toContainText('Done');
  await expect(journeyStep(page, 4)).toContainText('Needs a date');
  await expect(journeyStep(page, 5)).toContainText('Later');

  // A step behind the student is done without its dates, and waits for none of them.
  await page.goto('/stage/register');
  const register = page.locator('.plan-item', { hasText: 'Register your address' });
  await expect(register).toContainText('Done');
  await expect(register).toContainText('You said this is done.');
  await expect(register).not.toContainText('Waiting for');

  // The answer can be changed in Settings: "just arrived" opens registering again.
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('group', { name: 'Where are you with your card?' });
  await expect(settings.getByRole('button', { name: 'I have applied for the card' })).toHaveAttribute('aria-pressed', 'true');
  await settings.getByRole('button', { name: 'I have just arrived' }).click();
  await expect(settings.getByRole('button', { name: 'I have just arrived' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/settings$/);
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('Register your address');
  await expect(journeyStep(page, 1)).toContainText('Needs a date');
});

test('"I have my card" opens Keep it valid, where both expiry dates are asked', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'I have my card' }).click();
  await expect(page).toHaveURL(/\/stage\/keep-valid$/);
  await expect(page.getByLabel('Expiry date printed on my My Number Card', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  for (const n of [1, 2, 3, 4, 5]) await expect(journeyStep(page, n)).toContainText('Done');
});

test('"Waiting for" opens the step holding the date and focuses its input', async ({ page }, info) => {
  await store(page, { version: 2, milestones: { reached: 'applied' }, ticks: [], settings: {} });
  await page.goto('/');
  await page.evaluate(() => (window.__samePage = true));
  const waiting = page.getByRole('region', { name: 'Next step' }).getByRole('link', { name: 'Waiting for: “I applied on”.' });
  await waiting.click();
  await expect(page).toHaveURL(/\/stage\/apply#date-applied$/);
  const applied = page.getByLabel('I applied on', { exact: true });
  await expect(applied).toBeFocused();
  await expect(applied).toBeInViewport();
  await page.screenshot({ path: info.outputPath('waiting-for-focus-360.png') });
  expect(await page.evaluate(() => window.__samePage)).toBe(true);

  // The same address opened directly (a bookmark, a reload) focuses it too.
  await page.goto('/stage/apply#date-photo-taken');
  await expect(page.getByLabel('My photo was taken on', { exact: true })).toBeFocused();
});

test('the home shows at most three dated items, soonest first, and the rest one tap away', async ({ page }, info) => {
  // Registered on 3 Apr, leaving on 20 Mar 2027: five leaving tasks and express issuance are dated.
  await store(page, {
    version: 2,
    milestones: { moved_in: '2026-04-01', registered: '2026-04-03', departure: '2027-03-20' },
    ticks: [],
    settings: {},
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('Notification letter expected');
  await expect(page.getByTestId('countdown-days')).toHaveText('334 days until you leave');
  await expect(page.getByRole('region', { name: 'Leaving Japan' }).locator('.plan-item')).toHaveCount(0);
  const coming = page.getByRole('region', { name: 'Coming up' }).locator('.plan-item');
  await expect(coming).toHaveCount(3);
  await expect(coming.nth(0)).toContainText('Express issuance possible');
  await expect(coming.nth(1)).toContainText('Moving-out notification');
  await expect(coming.nth(2)).toContainText('Return your My Number Card');
  await expect(page.locator('main .plan-item')).toHaveCount(4);
  await expect(page.getByText('claim the pension lump sum')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('home-seeded-360.png'), fullPage: true });
  await page.screenshot({ path: info.outputPath('home-seeded-first-screen-360.png') });

  await journeyStep(page, 8).click();
  await expect(page.locator('.plan-item', { hasText: 'claim the pension lump sum' })).toContainText('by Tue 20 Mar 2029');
});

test('a stage links to its phrase card, and the card back to its stage', async ({ page }) => {
  await page.goto('/stage/register');
  await page.getByRole('link', { name: 'Show the phrase card' }).click();
  await expect(page).toHaveURL(/\/phrases\/move-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Moving in: address, health insurance, pension' })).toBeVisible();
  await page.getByRole('link', { name: 'Step 1 of 8 · Register your address' }).click();
  await expect(page).toHaveURL(/\/stage\/register$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Register your address' })).toBeVisible();
  // The letter comes by mail: no counter visit, no card.
  await page.goto('/stage/letter');
  await expect(page.getByRole('link', { name: 'Show the phrase card' })).toHaveCount(0);
});

test('the Apply step says what the chosen way of applying needs', async ({ page }, info) => {
  await page.goto('/stage/apply');
  const method = page.getByLabel('How I applied');
  const online = page.getByText('take a photo with your phone');
  const print = page.getByText('Put a 4.5 cm × 3.5 cm print');
  await expect(online).toHaveCount(0);
  await method.selectOption({ label: 'Online (smartphone or PC)' });
  await expect(online).toBeVisible();
  await expect(print).toHaveCount(0);
  await method.selectOption({ label: 'By mail' });
  await expect(print).toBeVisible();
  await expect(online).toHaveCount(0);
  await method.selectOption({ label: 'At the city office counter' });
  await expect(page.getByText('Only some city offices take applications at the counter')).toBeVisible();
  await method.selectOption({ label: 'Online (smartphone or PC)' });
  expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
  await page.screenshot({ path: info.outputPath('apply-online-360.png'), fullPage: true });
  await page.getByRole('heading', { name: 'Your dates' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: info.outputPath('apply-online-dates-360.png') });
  await expect(page.getByRole('checkbox', { name: 'Wrote down how and when you applied (enter it above)' })).toBeVisible();
});
