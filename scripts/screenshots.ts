/**
 * Takes full-page screenshots of built pages at phone and desktop widths, for
 * a person to look at. Needs Debian's Chromium (/usr/bin/chromium) and a site
 * served over HTTP.
 * Usage: npm run screenshots -- <base URL> <out dir> <path> [<path> …]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const [baseUrl, outDir, ...pages] = process.argv.slice(2);
if (!baseUrl || !outDir || pages.length === 0 || process.argv.includes('--help')) {
	console.log('usage: npm run screenshots -- <base URL> <out dir> <path> [<path> …]');
	process.exit(baseUrl ? 0 : 2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [label, width, height] of [
	['phone', 390, 844],
	['desktop', 1280, 900],
] as const) {
	const page = await browser.newPage({ viewport: { width, height } });
	for (const path of pages) {
		await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle' });
		const file = join(outDir, `${label}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`);
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
	}
	await page.close();
}
await browser.close();
