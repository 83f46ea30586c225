/**
 * Photos on a phone: the lead photo of a news page comes as AVIF or WebP at
 * the screen's width, first and at once; the body's photo lazily; nothing
 * shifts while they load; and the whole page stays within issue #20's budget
 * (60 KB transferred at 390 px, HTML and CSS within 14 KB compressed). A
 * publication's cover goes the same way. Run against the photos site
 * (tests/e2e/sites.ts).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PHOTO_NEWS, PHOTO_PUBLICATION, SITES } from './sites.ts';

const site = SITES.find((candidate) => candidate.name === 'photos')!;
const PAGE = `./news/${PHOTO_NEWS.slug}/`;

/** The layout shifts the page has had so far (Cumulative Layout Shift, without the ones right after input). */
async function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
						if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 200);
			}),
	);
}

/** Brotli size of a file of the site, as nginx or a CDN sends it (the build leaves small files without a twin). */
const brotliSize = (path: string) => brotliCompressSync(readFileSync(join(site.dir, path.replace(/\/$/, '/index.html')))).length;

/** What a reader has downloaded so far: HTML and CSS as brotli, images as they are; and the images, by file. */
async function transferred(page: Page): Promise<{ htmlAndCss: number; images: { url: string; bytes: number }[]; scripts: string[] }> {
	const resources = await page.evaluate(() =>
		(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ url: entry.name, bytes: entry.transferSize })),
	);
	const stylesheets = resources.filter((resource) => resource.url.endsWith('.css'));
	return {
		htmlAndCss: brotliSize(new URL(page.url()).pathname) + stylesheets.reduce((sum, { url }) => sum + brotliSize(new URL(url).pathname), 0),
		images: resources.filter((resource) => /\.(avif|webp|jpe?g|png)$/.test(resource.url)),
		scripts: resources.filter((resource) => resource.url.endsWith('.js')).map((resource) => resource.url),
	};
}

/** The pixel width of the file the browser chose for `img`, from the `w` descriptor its picture gives that file. */
const fileWidth = (img: Locator) =>
	img.evaluate((element: HTMLImageElement) => {
		const chosen = new URL(element.currentSrc).pathname;
		const candidates = [...(element.parentElement?.querySelectorAll('source') ?? []), element].flatMap((node) =>
			(node.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)),
		);
		const found = candidates.find(([url]) => url === chosen);
		return found ? Number.parseInt(found[1] ?? '', 10) : undefined;
	});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// A 390 px phone at 2× or 3× (Lighthouse's mobile emulation is 1.75×) stays within the budget: phones get files up to 720 px (PHONE_SCREEN).
for (const scale of [2, 3]) {
	test(`a news page with a lead photo at 390 px (${scale}×): AVIF at most twice the column, within the budget, no shift`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: scale });
		const page = await context.newPage();
		await page.goto(PAGE, { waitUntil: 'load' });
		const lead = page.getByRole('img', { name: PHOTO_NEWS.alt });
		await expect(lead).toHaveAttribute('loading', 'eager');
		await expect(lead).toHaveAttribute('fetchpriority', 'high');
		await expect(lead).toHaveJSProperty('complete', true);
		// The browser picked a modern format near the screen's width, never the original 2,400 px file.
		expect(await lead.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
		expect(await fileWidth(lead)).toBe(720);
		const atLoad = await transferred(page);
		const total = atLoad.htmlAndCss + atLoad.images.reduce((sum, { bytes }) => sum + bytes, 0);
		console.log(
			`390 px at ${scale}×, on load: HTML + CSS ${kb(atLoad.htmlAndCss)} brotli, images ${atLoad.images.map(({ url, bytes }) => `${url.split('/').pop()} ${kb(bytes)}`).join(', ')}; total ${kb(total)}`,
		);
		expect(atLoad.scripts).toEqual([]);
		expect(atLoad.htmlAndCss).toBeLessThanOrEqual(14 * 1024);
		expect(total).toBeLessThanOrEqual(60 * 1024);
		// The body's photo loads when it comes near, and nothing moves while anything loads.
		const body = page.getByRole('img', { name: PHOTO_NEWS.bodyAlt });
		await expect(body).toHaveAttribute('loading', 'lazy');
		await body.scrollIntoViewIfNeeded();
		await expect(body).toHaveJSProperty('complete', true);
		await page.mouse.wheel(0, 4000);
		expect(await layoutShift(page)).toBe(0);
		await context.close();
	});
}

test('every photo keeps its room before it loads: width and height on each image', async ({ page }) => {
	await page.goto(PAGE);
	for (const img of await page.locator('article img').all()) {
		await expect(img).toHaveAttribute('width', /^\d+$/);
		await expect(img).toHaveAttribute('height', /^\d+$/);
	}
	// A photo smaller than the column is never enlarged.
	await page.goto('./news/a-small-photo/');
	await expect(page.getByRole('img', { name: 'A small boat' })).toHaveAttribute('width', '300');
});

test('the social card is the photo cropped to 1200×630', async ({ page, request }) => {
	await page.goto(PAGE);
	const card = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(card).toMatch(/\/_astro\/.+\.jpg$/);
	await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
	await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
	await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', card!);
	// The card is served by this site (its origin in the page is the configured SITE_URL).
	const response = await request.get(`.${new URL(card!).pathname}`);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toMatch(/image\/jpeg/);
});

test('a wide screen gets the full set: a 1280 px window at 2× takes the 1344 px AVIF', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	await page.goto(PAGE, { waitUntil: 'load' });
	const lead = page.getByRole('img', { name: PHOTO_NEWS.alt });
	await expect(lead).toHaveJSProperty('complete', true);
	expect(await lead.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
	expect(await fileWidth(lead)).toBe(1344);
	await context.close();
});

test("a publication's cover goes through the pipeline: AVIF twice the thumbnail, its size reserved, its top as the social card", async ({
	browser,
	request,
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	await page.goto(`./publications/${PHOTO_PUBLICATION.slug}/`, { waitUntil: 'load' });
	const cover = page.locator('img.publication-cover');
	// Decorative beside the title, which says what it shows.
	await expect(cover).toHaveAttribute('alt', '');
	await expect(cover).toHaveAttribute('width', '256');
	await expect(cover).toHaveAttribute('height', '362');
	await cover.scrollIntoViewIfNeeded();
	await expect(cover).toHaveJSProperty('complete', true);
	expect(await cover.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
	expect(await fileWidth(cover)).toBe(256);
	// 8rem, or 35% of a narrow column (125 px at 390 px).
	expect((await cover.boundingBox())!.width).toBeLessThanOrEqual(128);
	const card = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(card).toMatch(/\/_astro\/handbook-with-a-cover-cover\..+\.jpg$/);
	await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
	await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', PHOTO_PUBLICATION.title);
	expect((await request.get(`.${new URL(card!).pathname}`)).ok()).toBe(true);
	expect(await layoutShift(page)).toBe(0);
	await context.close();
});

test('the Arabic version shows the same photo, right to left, with its own text alternative', async ({ page }) => {
	await page.goto(`./ar/news/${PHOTO_NEWS.slug}/`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const lead = page.getByRole('img', { name: 'قوارب راسية في ميناء عند الفجر' });
	await expect(lead).toHaveAttribute('fetchpriority', 'high');
	await expect(lead).toHaveJSProperty('complete', true);
	expect(await lead.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	await expect(page.getByRole('img', { name: 'ضابطان على الرصيف' })).toHaveAttribute('loading', 'lazy');
});
