import { test, expect } from '@playwright/test';

test.describe('a Vietnamese phone', () => {
  test.use({ locale: 'vi-VN' });

  test('sees the start screen in Vietnamese while the app is still loading', async ({ page }) => {
    // Hold the app's code back: what shows is the static start screen of index.html.
    await page.route('**/*.wasm', () => {});
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    const visible = page.locator('.boot-text:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible.locator('.boot-title')).toHaveText('Thẻ My Number của bạn, từng bước một');
    await expect(visible.locator('.boot-lead')).toContainText('rời Nhật Bản');
  });

  test('opens the app in Vietnamese on first run', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: /Đăng ký địa chỉ/ })).toBeVisible();
  });
});

test('switching to 日本語 changes the page and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_HOME_TITLE);
  await expect(page.getByRole('link', { name: /住所/ }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_HOME_TITLE);
});

test('an English phone sees the English start screen, and a stored choice wins over the device', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('/');
  await expect(page.locator('.boot-text:visible .boot-title')).toHaveText('Your My Number Card, step by step');
  await page.evaluate(() =>
    localStorage.setItem('my-number-guide/progress', JSON.stringify({ version: 1, settings: { lang: 'ne' } })),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ne');
  await expect(page.locator('.boot-text:visible .boot-title')).toHaveText('तपाईंको माइ नम्बर कार्ड, चरणबद्ध रूपमा');
});

const JA_HOME_TITLE = 'あなたのマイナンバーカード';

const OWN_NAMES = [
  'English', '日本語', '中文 (简体)', '中文（繁體）', 'Tiếng Việt', 'नेपाली', '한국어',
  'မြန်မာ', 'සිංහල', 'Bahasa Indonesia', 'বাংলা',
];

test('the language picker names each language in its own script, on every screen', async ({ page }) => {
  for (const path of ['/', '/stage/apply', '/phrases', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('combobox', { name: 'Language' }).locator('option')).toHaveText(OWN_NAMES);
  }
});

test('a phrase card opens full screen with its Japanese sentence and the user\'s date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-10T09:00:00+09:00'));
  await page.goto('/stage/register');
  await page.getByLabel('I moved in on', { exact: true }).fill('2026-04-01');
  await page.getByLabel('I moved in on', { exact: true }).blur();
  await page.getByRole('link', { name: 'Phrases' }).click();
  await page.getByRole('link', { name: /Moving in/ }).click();
  const card = page.getByRole('article');
  await expect(card).toContainText('転入の手続きをお願いします。');
  await expect(card).toContainText('2026年4月1日に引っ越してきました。');
  await expect(card).toContainText('I moved here on Wed 1 Apr 2026.');
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  await page.getByRole('link', { name: 'Close' }).click();
  await expect(page).toHaveURL(/\/phrases$/);
});
