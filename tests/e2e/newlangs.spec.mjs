import { test, expect } from '@playwright/test';
import { startServer, waitForController } from './server.mjs';

// Issue 12: Burmese, Sinhala, Indonesian, Bengali and Traditional Chinese, picked from the phone's language.
const NEW = [
  { locale: 'my-MM', tag: 'my', home: 'သင့် My Number ကတ်' },
  { locale: 'si-LK', tag: 'si', home: 'ඔබේ මයි නම්බර් කාඩ්පත' },
  { locale: 'id-ID', tag: 'id', home: 'Kartu My Number Anda' },
  { locale: 'bn-BD', tag: 'bn', home: 'আপনার মাই নম্বর কার্ড' },
  { locale: 'zh-TW', tag: 'zh-Hant', home: '你的個人編號卡' },
];

for (const { locale, tag, home } of NEW) {
  test.describe(`a phone set to ${locale}`, () => {
    test.use({ locale });

    test(`sees the start screen in ${tag} before the app's code arrives`, async ({ page }) => {
      await page.route('**/*.wasm', () => {});
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      const visible = page.locator('.boot-text:visible');
      await expect(visible).toHaveCount(1);
      await expect(visible).toHaveAttribute('data-l', tag);
      await expect(visible.locator('.boot-title')).not.toHaveText('Your My Number Card, step by step');
    });

    test(`opens the app in ${tag}, and it works offline after one use`, async ({ page }) => {
      const port = 4190 + NEW.findIndex((l) => l.tag === tag);
      const server = await startServer('dist', port);
      try {
        await page.goto(server.url);
        await waitForController(page);
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(home);
        await expect
          .poll(() => page.evaluate(async (t) => (await caches.match(new URL(`lang/${t}.txt`, document.baseURI).href)) !== undefined, tag))
          .toBe(true);
        await server.stop();
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(home);
      } finally {
        await server.stop();
      }
    });
  });
}

test.describe('Chinese phones', () => {
  for (const [locale, tag] of [['zh-HK', 'zh-Hant'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans']]) {
    test.describe(locale, () => {
      test.use({ locale });
      test(`${locale} gets ${tag}`, async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
      });
    });
  }
});

test('a machine translation says so in its language and in English, and one tap shows English', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('my-number-guide/progress', JSON.stringify({ version: 2, settings: { lang: 'bn' } })),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  const note = page.locator('.mt-note');
  await expect(note).toContainText('has not yet been checked by a native speaker');
  await note.getByRole('button', { name: 'Show in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.mt-note')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
