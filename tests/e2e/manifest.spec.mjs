import { test, expect } from '@playwright/test';

test('the manifest parses and every icon it names loads at its declared size', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url()).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest.name).toBe('My Number Guide');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  const purposes = manifest.icons.map((i) => i.purpose);
  expect(purposes).toContain('maskable');
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, manifestUrl).href;
    const [w, h] = icon.sizes.split('x').map(Number);
    const size = await page.evaluate(async (u) => {
      const img = new Image();
      img.src = u;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, url);
    expect(size, icon.src).toEqual([w, h]);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(new URL(apple, page.url()).href)).ok()).toBe(true);
});

test('every request of the page and its worker stays on the app\'s origin', async ({ page, context }) => {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  for (const path of ['/stage/register', '/phrases/move-in', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const origin = new URL(page.url()).origin;
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});

test('the page has a Content-Security-Policy that allows only its own origin and no inline code but its own, by hash', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  // The start-up script and the stylesheet are inline (one round trip less before the first paint), each
  // allowed by its hash and nothing else.
  expect(await page.locator('script:not([src])').count()).toBe(1);
  expect(csp.match(/script-src [^;]*/)[0].match(/'sha256-/g)).toHaveLength(1);
  expect(csp.match(/style-src [^;]*/)[0].match(/'sha256-/g)).toHaveLength(1);
  expect(violations).toEqual([]);
});
