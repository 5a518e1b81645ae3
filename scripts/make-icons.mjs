// Draws the PNG icons of the web manifest from public/icon.svg, once, with
// the Chromium the end-to-end tests use (no image tools needed):
//   node scripts/make-icons.mjs
// icon-192.png and icon-512.png are the icon as it is (rounded corners,
// transparent outside them). icon-maskable-512.png fills the whole square
// with the icon's background, as a maskable icon must: the launcher cuts
// its own shape from it, and the glyph stays inside the central safe circle
// (80% of the width) whatever shape that is.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(`${root}tests/e2e/package.json`);
const { chromium } = require('@playwright/test');

const svg = readFileSync(`${root}public/icon.svg`, 'utf8');
const maskable = svg.replace(/ rx="[^"]*"/, '');
const icons = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  for (const [name, source, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(`${root}public/${name}`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
