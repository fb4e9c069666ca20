// Install help (issue 11 §4): the browser's own install prompt behind "Install app" (Settings, and a
// home-screen hint from the second visit until hidden), Safari's two steps on an iPhone, nothing inside
// the installed app. The prompt is kept by scripts/start-lang.js, which marks <html> with what applies.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const KEY = 'my-number-guide/progress';
const HINT_KEY = 'my-number-guide/install-hint-hidden';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

// What Chromium fires when the app can be installed: an event whose prompt() opens the dialog. This one
// counts its calls, and says whether the app kept it (preventDefault) instead of letting the browser
// show its own banner.
async function offerInstall(page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page.evaluate(() => {
    window.promptCalls = 0;
    const event = new Event('beforeinstallprompt', { cancelable: true });
    event.prompt = () => {
      window.promptCalls += 1;
      return Promise.resolve({ outcome: 'accepted' });
    };
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

async function seriousAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const help = (page) => page.getByRole('region', { name: 'Install the app' });

// A student who used the app before: progress saved on an earlier visit.
async function returning(page) {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) {
      localStorage.setItem(key, JSON.stringify({ version: 2, milestones: { moved_in: '2026-04-01' }, ticks: [], settings: {} }));
    }
  }, KEY);
}

test('a kept install prompt shows "Install app" in Settings, and the button opens it once', async ({ page }, info) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(help(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);

  expect(await offerInstall(page)).toBe(true);
  const install = help(page).getByRole('button', { name: 'Install app' });
  await expect(install).toBeVisible();
  await expect(help(page).getByRole('listitem')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('settings-install-360.png'), fullPage: true });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await install.click();
  expect(await page.evaluate(() => window.promptCalls)).toBe(1);
  // A prompt opens once: the help goes until the browser offers again.
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test('a prompt fired before the app has loaded is kept as well', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.promptCalls = 0;
      const event = new Event('beforeinstallprompt', { cancelable: true });
      event.prompt = () => {
        window.promptCalls += 1;
        return Promise.resolve({ outcome: 'dismissed' });
      };
      window.dispatchEvent(event);
    });
  });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => window.promptCalls)).toBe(1);
});

test('the home hint shows from the second visit, opens the prompt, and stays away once hidden', async ({ page }, info) => {
  await page.goto('/');
  await offerInstall(page);
  // A first visit: no hint, even where the browser offers to install.
  await expect(help(page)).toHaveCount(0);

  await returning(page);
  await page.reload();
  await offerInstall(page);
  await expect(help(page)).toBeVisible();
  await page.screenshot({ path: info.outputPath('home-install-hint-360.png') });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await help(page).getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => window.promptCalls)).toBe(1);

  await offerInstall(page);
  await help(page).getByRole('button', { name: 'Do not show again' }).click();
  await expect(help(page)).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), HINT_KEY)).toBe('1');
  await page.reload();
  await offerInstall(page);
  await expect(help(page)).toHaveCount(0);
  // Settings still offers it.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(help(page).getByRole('button', { name: 'Install app' })).toBeVisible();
  // Deleting everything forgets the hidden hint too.
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: /^Yes/ }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), HINT_KEY)).toBeNull();
});

test.describe('Safari on an iPhone', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('sees the two steps, Share then Add to Home Screen, in Settings and on the home screen from the second visit', async ({ page }, info) => {
    await page.goto('/settings');
    await expect(help(page).getByRole('listitem')).toHaveText([/^Tap Share/, 'Choose “Add to Home Screen”.']);
    await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('settings-iphone-steps-360.png'), fullPage: true });

    await returning(page);
    await page.goto('/');
    await expect(help(page).getByRole('listitem')).toHaveCount(2);
    await page.screenshot({ path: info.outputPath('home-iphone-hint-360.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('inside the installed app', () => {
  test('(display-mode: standalone) there is neither a button nor a hint, even with a prompt', async ({ page }) => {
    await page.addInitScript(() => {
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query) => {
        const list = matchMedia(query);
        if (query.includes('display-mode: standalone')) Object.defineProperty(list, 'matches', { value: true });
        return list;
      };
    });
    await returning(page);
    await page.goto('/');
    await offerInstall(page);
    await expect(help(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(help(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
  });

  test.describe('on an iPhone (navigator.standalone)', () => {
    test.use({ userAgent: IPHONE_SAFARI });

    test('there are no steps', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
      await returning(page);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(help(page)).toHaveCount(0);
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
      await expect(page.getByRole('listitem').filter({ hasText: 'Add to Home Screen' })).toHaveCount(0);
    });
  });
});
