// Renders the SVG sources in public/icon-src/ to the PNG sizes the manifest needs (index.html uses them as favicon and iOS icon too), with the same
// Chromium the tests use. Run after editing an SVG: `node scripts/render-icons.mjs`; the PNGs are committed,
// so the build itself never depends on this step. Then `python3 scripts/quantize-icons.py` shrinks them.
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const OUT = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, png, size] of OUT) {
  const source = await readFile(`public/icon-src/${svg}`, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icons/${png} (${size}×${size})`);
}
await browser.close();
