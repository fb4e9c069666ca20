import { test, expect } from '@playwright/test';
import { startServer, waitForController, waitForPack } from './server.mjs';

// Issue 11 §3 and §5: a "Lost card" page one tap from every screen, working offline, with the help lines'
// hours in the reader's language (FACTS "Lost card", R3, R17); and one page of every rule R1–R18 with its
// sources, reachable from Settings and from each stage.

// Ports of their own for the tests that take the server away (beside the suite's E2E_PORT).
const OWN_PORT = Number(process.env.E2E_PORT || 4173) + 40;

async function storeLanguage(page, lang) {
  await page.evaluate(
    (lang) =>
      localStorage.setItem(
        'my-number-guide/progress',
        JSON.stringify({ version: 2, milestones: {}, ticks: [], settings: { lang } }),
      ),
    lang,
  );
}

const lostCardEntry = (page) => page.getByRole('banner').getByRole('link', { name: 'Lost card' });

test('the Lost card entry is in the header of home, a stage, the phrases and settings, and opens the page', async ({ page }) => {
  for (const path of ['/', '/stage/keep-valid', '/phrases', '/phrases/apply', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const entry = lostCardEntry(page);
    await expect(entry, path).toBeInViewport();
    const box = await entry.boundingBox();
    // Beside the name and the language menu, on the header's one row, within the 360 px screen.
    expect(box.x + box.width, path).toBeLessThanOrEqual(360);
    expect(box.height, path).toBeGreaterThanOrEqual(44);
    const header = await page.getByRole('banner').boundingBox();
    expect(header.height, path).toBeLessThan(70);
  }
  await page.goto('/stage/apply');
  await lostCardEntry(page).click();
  await expect(page).toHaveURL(/\/lost-card$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lost your card?' })).toBeVisible();
  await expect(lostCardEntry(page)).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: test.info().outputPath('lost-card-360.png'), fullPage: true });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Apply for the card' })).toBeVisible();
});

test('both help lines are tel: links with the exact numbers, and the steps after the call follow FACTS', async ({ page }) => {
  await page.goto('/lost-card');
  const suspend = page.getByRole('region', { name: '1. Call now to suspend it' });
  await expect(suspend.getByRole('link', { name: 'Foreign languages 0120-0178-27' })).toHaveAttribute('href', 'tel:0120-0178-27');
  await expect(suspend.getByRole('link', { name: 'Japanese 0120-95-0178' })).toHaveAttribute('href', 'tel:0120-95-0178');
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(2);

  await expect(page.getByRole('region', { name: '2. Report it to the police' })).toContainText('遺失届');
  await expect(page.getByRole('region', { name: '2. Report it to the police' })).toContainText('receipt number');
  const city = page.getByRole('region', { name: '3. Ask the city office for a new card' });
  await expect(city).toContainText('¥1,000 (¥800 without certificates)');
  await expect(city).toContainText('free when the card was stolen, with the police theft-report number');
  await expect(city).toContainText('¥2,000, within 30 days of the loss report at the city office');
  const residence = page.getByRole('region', { name: 'Residence card lost too?' });
  await expect(residence).toContainText('immigration, within 14 days of the day you found out');

  // The residence card's date is entered on the Use step (R17).
  await residence.getByRole('link', { name: 'Enter that day to see your deadline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Use your card' })).toBeVisible();
  await expect(page.getByLabel('I found out my residence card was lost on', { exact: true })).toBeVisible();

  // The phrase card for the city office is one tap away.
  await page.goBack();
  await page.getByRole('link', { name: 'Phrases to show the staff' }).click();
  await expect(page).toHaveURL(/\/phrases\/lost-card$/);
  await expect(page.getByRole('article')).toContainText('マイナンバーカードをなくしました');
});

test('a Nepali reader sees the foreign-language line answers Nepali in the daytime only; an English reader, 24 hours with the languages named', async ({ page }) => {
  await page.goto('/');
  await storeLanguage(page, 'ne');
  await page.goto('/lost-card');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ne');
  // The first card: the numbers to call, then their hours in the reader's language.
  const line = page.getByRole('region').first().getByRole('paragraph');
  await expect(line).toContainText('0120-0178-27');
  await expect(line).toContainText('दिनको समयमा मात्र');
  await expect(line).toContainText('0120-95-0178');
  await expect(page.locator('a[href="tel:0120-0178-27"]')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lost-card-ne-360.png') });

  await storeLanguage(page, 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(line).toContainText('24 hours in English, Chinese, Korean, Spanish and Portuguese');
  await expect(line).not.toContainText('daytime');
});

test('with the network gone, the Lost card entry and the page still open', async ({ page, context }) => {
  const server = await startServer('dist', OWN_PORT);
  try {
    await page.goto(server.url + 'settings');
    await waitForController(page);
    // English is a language pack too: the worker keeps it once the app has read it.
    await waitForPack(page, 'en');
    await server.stop();
    await context.setOffline(true);

    await lostCardEntry(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lost your card?' })).toBeVisible();
    // Opened afresh (a bookmark, or the home-screen app started offline).
    await page.goto(server.url + 'lost-card');
    await expect(page.getByRole('heading', { level: 1, name: 'Lost your card?' })).toBeVisible();
    await expect(page.locator('a[href="tel:0120-0178-27"]')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('lost-card-offline-360.png') });
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});

test('the sources page lists every rule R1–R18 in plain words, with its source addresses and the day they were checked', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Rules and sources' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^R\d+$/ })).toHaveCount(18);

  const r1 = page.getByRole('region', { name: 'R1', exact: true });
  await expect(r1).toContainText('within 14 days of moving in');
  await expect(r1).toContainText('Immigration Control Act 19-7');
  await expect(
    r1.getByRole('link', { name: 'osaka-u.ac.jp/en/international/inbound/support/support-office/procedure/cityhall' }),
  ).toHaveAttribute('href', 'https://osaka-u.ac.jp/en/international/inbound/support/support-office/procedure/cityhall');
  await expect(r1).toContainText('Checked 25 November 2026');

  const r18 = page.getByRole('region', { name: 'R18', exact: true });
  await expect(r18).toContainText('転出届');
  await expect(r18.getByRole('link', { name: 'city.anan.tokushima.jp/docs/2021091500024/' })).toBeVisible();
  await expect(r18).toContainText('Checked 25 November 2026');

  // Where FACTS shortens a path, it is shown as text to search for, not as a broken link.
  const r6 = page.getByRole('region', { name: 'R6', exact: true });
  await expect(r6).toContainText('city.awara.lg.jp …/p015184.html');
  await expect(r6.getByRole('link')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('sources-360.png') });
});

test("each stage's Rules and sources, and Settings, link to the sources page", async ({ page }) => {
  await page.goto('/stage/keep-valid');
  const stageSources = page.getByRole('region', { name: 'Rules and sources' });
  await stageSources.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('stage-sources-360.png') });
  await stageSources.getByRole('link', { name: 'All rules and sources' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Rules and sources' })).toBeVisible();

  await page.goto('/settings');
  const settingsSources = page.getByRole('region', { name: 'Rules and sources' });
  await settingsSources.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings-sources-360.png') });
  await settingsSources.getByRole('link', { name: 'All rules and sources' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('region', { name: 'R17', exact: true })).toContainText('Immigration Control Act 19-12');
});

test('a Japanese reader has the sources page in Japanese, with the addresses as they are', async ({ page }) => {
  await page.goto('/');
  await storeLanguage(page, 'ja');
  await page.goto('/sources');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Rules and sources');
  await expect(page.getByRole('region', { name: 'R4', exact: true }).getByRole('link')).toHaveAttribute(
    'href',
    'https://kojinbango-card.go.jp/apprec/abroad/procedure/photo/',
  );
});
