// Phone-sized screenshots of every screen, light and dark, saved as test artifacts for review.
import { test, expect } from '@playwright/test';

const SCREENS = ['/', '/stage/register', '/stage/apply', '/stage/leave', '/settings'];

for (const scheme of ['light', 'dark']) {
  test(`every screen renders at 360 px in the ${scheme} theme`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(new Date('2026-04-20T09:00:00+09:00'));
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem(
        'my-number-guide/progress',
        JSON.stringify({
          version: 1,
          milestones: { moved_in: '2026-04-01', registered: '2026-04-03', departure: '2026-05-05' },
          ticks: ['register.bring.0'],
          settings: {},
        }),
      ),
    );
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
