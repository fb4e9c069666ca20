// Phone-sized screenshots of every screen, light and dark, saved as test artifacts for review.
import { test, expect } from '@playwright/test';
import { seedProgress } from './seed.mjs';

const SCREENS = ['/', '/stage/register', '/stage/apply', '/stage/leave', '/phrases', '/phrases/move-out', '/settings', '/lost-card', '/sources'];

for (const scheme of ['light', 'dark']) {
  test(`every screen renders at 360 px in the ${scheme} theme`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedProgress(page);
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const name = `${scheme}${path.replaceAll('/', '-') || '-home'}.png`;
      await page.screenshot({ path: info.outputPath(name), fullPage: true });
    }
  });
}

// Every translation on every screen: long words (Nepali, Vietnamese) and CJK must still fit a 360 px phone.
for (const lang of ['ja', 'zh-Hans', 'zh-Hant', 'vi', 'ne', 'ko', 'my', 'si', 'id', 'bn']) {
  test(`every screen fits 360 px in ${lang}`, async ({ page }, info) => {
    await seedProgress(page, { lang });
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} ${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`${lang}${path.replaceAll('/', '-') || '-home'}.png`), fullPage: true });
    }
  });
}
