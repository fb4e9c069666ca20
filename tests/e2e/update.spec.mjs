import { test, expect } from '@playwright/test';
import { cp, appendFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { startServer, waitForController } from './server.mjs';

// "Build B" is dist/ with different content: a changed stylesheet, and the precache hook run again over it,
// exactly as a new release's build would (new content → new cache version → a new worker).
async function makeBuildB(dir) {
  await rm(dir, { recursive: true, force: true });
  await cp('dist', dir, { recursive: true });
  await appendFile(`${dir}/index.html`, '\n<!-- build B -->\n');
  execFileSync('node', ['scripts/precache.mjs', dir]);
}

test('a new version installs in the background, asks, and reloads into B with progress unchanged', async ({ page }, info) => {
  const dirB = info.outputPath('build-b');
  await makeBuildB(dirB);
  let server = await startServer('dist', 4184);
  try {
    await page.goto(server.url + 'stage/register');
    await waitForController(page);
    await page.getByRole('checkbox', { name: 'Passport' }).check();
    const progress = await page.evaluate(() => localStorage.getItem('my-number-guide/progress'));
    // A language pack read under A (the worker keeps it) must still be there offline under B.
    const packUrl = await page.evaluate(() => new URL('lang/ja.txt', document.baseURI).href);
    await page.evaluate((url) => fetch(url).then((r) => r.text()), packUrl);
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, packUrl)).toBe(true);
    const versionA = await page.evaluate(async () => (await caches.keys()).join());

    await server.stop();
    server = await startServer(dirB, 4184);
    await page.reload();
    const banner = page.locator('.update-banner');
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeVisible({ timeout: 20_000 });
    await expect(banner).toBeVisible();
    await page.screenshot({ path: info.outputPath('update-banner-360.png') });

    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(
      (a) => caches.keys().then((k) => k.join() !== a && k.length === 1),
      versionA,
      { timeout: 20_000 },
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Register your address' })).toBeVisible();
    const html = await page.evaluate(() => fetch('index.html').then((r) => r.text()));
    expect(html).toContain('build B');
    expect(await page.evaluate(() => localStorage.getItem('my-number-guide/progress'))).toBe(progress);
    await expect(page.getByRole('checkbox', { name: 'Passport' })).toBeChecked();
    const carried = await page.evaluate(async (url) => {
      const keys = await caches.keys();
      const hit = await (await caches.open(keys[0])).match(url);
      return hit ? (await hit.text()).split('\n')[0] : null;
    }, packUrl);
    expect(carried).toMatch(/^my-number-guide-texts 1 ja /);
  } finally {
    await server.stop();
  }
});
