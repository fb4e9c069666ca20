import { test, expect } from '@playwright/test';
import { startServer, waitForController, waitForPack } from './server.mjs';

test('with the server gone, a reload shows the app and the progress, and a stage deep link opens', async ({ page }) => {
  const server = await startServer('dist', 4181);
  try {
    await page.goto(server.url + 'stage/register');
    await waitForController(page);
    // English is a language pack too, kept by the worker once read.
    await waitForPack(page, 'en');
    await page.getByRole('checkbox', { name: 'Passport' }).check();
    await server.stop();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Register your address' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();

    await page.goto(server.url + 'stage/leave');
    await expect(page.getByRole('heading', { level: 1, name: 'Leave Japan' })).toBeVisible();
    await page.goto(server.url + 'phrases/lost-card');
    await expect(page.getByRole('article')).toContainText('マイナンバーカードをなくしました');
  } finally {
    await server.stop();
  }
});

test('the offline badge appears when the network goes away', async ({ page, context }) => {
  const server = await startServer('dist', 4182);
  try {
    await page.goto(server.url);
    await waitForController(page);
    await waitForPack(page, 'en');
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

test('served under a sub-path, the app, its worker and deep links work there', async ({ page }) => {
  // dist-sub/ is dist/ rebuilt for /guide/ by scripts/test.sh (trunk build --public-url /guide/).
  test.skip(!process.env.E2E_SUBPATH_DIST, 'needs the sub-path build');
  const server = await startServer(process.env.E2E_SUBPATH_DIST, 4183, '/guide/');
  try {
    await page.goto(server.url + 'stage/apply');
    await expect(page.getByRole('heading', { level: 1, name: 'Apply for the card' })).toBeVisible();
    await waitForController(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    expect(scope).toBe(server.url);
    await waitForPack(page, 'en');
    await server.stop();
    await page.goto(server.url + 'settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a language read once online is there offline; one never downloaded keeps the current one, and comes with the network', async ({ page }) => {
  let server = await startServer('dist', 4185);
  try {
    await page.goto(server.url);
    await waitForController(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // The worker keeps the pack the user reads (packs are not precached: a phone downloads only its own).
    await expect
      .poll(() => page.evaluate(async () => (await caches.match(new URL('lang/ja.txt', document.baseURI).href)) !== undefined))
      .toBe(true);
    expect(await page.evaluate(async () => (await caches.match(new URL('lang/ko.txt', document.baseURI).href)) === undefined)).toBe(true);

    await server.stop();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのマイナンバーカード');

    // Picking a language never downloaded, offline: the app stays in Japanese, says so in Japanese, and
    // does not store the choice.
    await page.getByRole('combobox', { name: '言語' }).selectOption({ label: '한국어' });
    const notice = page.getByRole('alert').filter({ hasText: '한국어' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('日本語');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('あなたのマイナンバーカード');
    await page.screenshot({ path: test.info().outputPath('language-missing-offline-360.png') });
    const storedLang = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('my-number-guide/progress')).settings.lang);
    expect(await storedLang()).toBe('ja');

    server = await startServer('dist', 4185);
    await notice.getByRole('button').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 마이넘버 카드');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await storedLang()).toBe('ko');
  } finally {
    await server.stop();
  }
});

test.describe('without a service worker (so the blocked pack requests are not answered from its cache)', () => {
  test.use({ serviceWorkers: 'block' });
  test('with no language pack to be had, the start screen stays, says so, and the app starts on "Try again"', async ({ page }) => {
    await page.route('**/lang/*.txt', (route) => route.abort());
    await page.goto('/stage/register');
    const notice = page.getByRole('alert').filter({ hasText: 'English could not be downloaded' });
    await expect(notice).toBeVisible();
    await expect(page.getByText('Your My Number Card, step by step')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('no-language-pack-360.png') });

    await page.unroute('**/lang/*.txt');
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register your address' })).toBeVisible();
    // (The date fields' message regions are alerts too, empty until a date is refused.)
    await expect(page.getByRole('alert').filter({ hasText: 'could not be downloaded' })).toHaveCount(0);
    await expect(page.getByText('Your My Number Card, step by step')).toHaveCount(0);
  });

  test('a Japanese reader whose pack cannot be downloaded gets the app in English, and told so', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('my-number-guide/progress', JSON.stringify({ version: 2, milestones: {}, ticks: [], settings: { lang: 'ja' } })),
    );
    await page.route('**/lang/ja.txt', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: '日本語 could not be downloaded' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your My Number Card');
  });
});
