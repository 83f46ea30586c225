/**
 * The photos site (tests/e2e/sites.ts) as built: every picture has its size,
 * the lead photo comes first, social cards, JSON-LD, feeds and search name the
 * 1200×630 card, feeds show body photos as plain resized JPEGs, and no
 * original photo file is published.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { PHOTO_NEWS, PHOTO_PUBLICATION, SITES } from '../e2e/sites.ts';

const site = SITES.find((candidate) => candidate.name === 'photos')!;
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
/** Every file of the built site, relative to it. */
const listAll = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
const page = read(`news/${PHOTO_NEWS.slug}/index.html`);
const arabic = read(`ar/news/${PHOTO_NEWS.slug}/index.html`);
const card = /<meta property="og:image" content="https:\/\/www\.example\.org(\/_astro\/[^"]+\.jpg)"/.exec(page)?.[1];

test.each([
	['English', page],
	['Arabic', arabic],
])('%s page: every <img> has its width and height, the first is eager and first, the others lazy', (_name, html) => {
	const images = [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => tag);
	expect(images).toHaveLength(2);
	for (const tag of images) expect(tag).toMatch(/ width="\d+" height="\d+"/);
	expect(images[0]).toMatch(/loading="eager" fetchpriority="high"/);
	expect(images[1]).toMatch(/loading="lazy"/);
	// Each picture offers AVIF twice: up to 720 px for phones, then the full set.
	expect(html.match(/<source type="image\/avif"/g)).toHaveLength(4);
	expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
});

test('phones read a <source media> capped at 720 px before the full set, in both formats; a small photo has one set', () => {
	const lead = /<picture>(.*?)<\/picture>/.exec(page)![1]!;
	const sources = [...lead.matchAll(/<source type="image\/(\w+)"(?: media="([^"]*)")? srcset="([^"]*)"/g)].map(([, format, media, srcset]) => ({
		format,
		media,
		widths: [...srcset!.matchAll(/ (\d+)w/g)].map((match) => Number(match[1])),
	}));
	expect(sources).toEqual([
		{ format: 'avif', media: '(max-width: 30rem)', widths: [360, 540, 720] },
		{ format: 'avif', media: undefined, widths: [360, 540, 720, 1080, 1344] },
		{ format: 'webp', media: '(max-width: 30rem)', widths: [360, 540, 720] },
		{ format: 'webp', media: undefined, widths: [360, 540, 720, 1080, 1344] },
	]);
	expect(read('news/a-small-photo/index.html')).not.toContain('media="(max-width: 30rem)"');
});

describe('a publication cover next to its entry', () => {
	const publication = read(`publications/${PHOTO_PUBLICATION.slug}/index.html`);
	test('is a <picture> of a 256 px AVIF and WebP, with its size, beside the title', () => {
		const cover = /<picture>(.*?)<\/picture>/.exec(publication)![1]!;
		expect(cover).toMatch(/<source type="image\/avif" srcset="\/_astro\/handbook-with-a-cover-cover\.[\w-]+_[\w-]+\.avif 256w" sizes="8rem">/);
		expect(cover).toMatch(/<img src="\/_astro\/[^"]+\.jpg"[^>]* width="256" height="362"[^>]* alt(="")? [^>]*class="publication-cover"/);
	});
	test('its top is the social card, and the data API names a 640 px JPEG of it, never the original', async () => {
		const card = /<meta property="og:image" content="https:\/\/www\.example\.org(\/_astro\/[^"]+\.jpg)"/.exec(publication)![1]!;
		expect(await sharp(join(site.dir, card)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
		const api = JSON.parse(read(`api/v1/entries/publications/${PHOTO_PUBLICATION.slug}.json`)) as { fields: { cover: string } };
		const path = /^https:\/\/www\.example\.org(\/_astro\/handbook-with-a-cover-cover\.[\w-]+_[\w-]+\.jpg)$/.exec(api.fields.cover)?.[1];
		expect(path).toBeDefined();
		expect(await sharp(join(site.dir, path!)).metadata()).toMatchObject({ width: 640, height: 906, format: 'jpeg' });
	});
});

test('the social card is the photo cropped to 1200×630, named by Open Graph, Twitter, JSON-LD and search', async () => {
	expect(card).toBeDefined();
	expect(await sharp(join(site.dir, card!)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
	expect(page).toContain(`<meta name="twitter:image" content="https://www.example.org${card}">`);
	expect(page).toContain(`"image":["https://www.example.org${card}"]`);
	expect(page).toContain(`data-pagefind-meta="image[data-value]" data-value="${card}"`);
	// The Arabic version has the same photo, hence the same card.
	expect(arabic).toContain(`<meta property="og:image" content="https://www.example.org${card}">`);
});

describe('feeds', () => {
	const feed = JSON.parse(read('feeds/news.json')) as { items: { url: string; image?: string; content_html: string }[] };
	const item = feed.items.find((candidate) => candidate.url.endsWith(`/news/${PHOTO_NEWS.slug}/`))!;
	test('name the card, and show the body photo as a plain JPEG with its size', () => {
		expect(item.image).toBe(`https://www.example.org${card}`);
		expect(item.content_html).toMatch(
			/<img src="https:\/\/www\.example\.org\/_astro\/quay\.[^"]+\.jpg" width="672" height="504" alt="Two officers on the quay">/,
		);
		expect(item.content_html).not.toContain('<picture');
	});
});

test('every image file a page, feed or API document names is published, and every published image is named by one', () => {
	const texts = listAll(site.dir).filter((file) => /\.(html|json|xml|rss|atom|ndjson)$/.test(file));
	const named = new Set(texts.flatMap((file) => [...read(file).matchAll(/\/_astro\/[\w.-]+\.(?:avif|webp|jpe?g|png)/g)].map(([path]) => path.slice(1))));
	const published = new Set(
		readdirSync(join(site.dir, '_astro'))
			.filter((name) => /\.(avif|webp|jpe?g|png)$/.test(name))
			.map((name) => `_astro/${name}`),
	);
	expect([...named].filter((path) => !published.has(path))).toEqual([]);
	expect([...published].filter((path) => !named.has(path))).toEqual([]);
	// The list the build made them from is not deployed.
	expect(existsSync(join(site.dir, 'images-in-use.txt'))).toBe(false);
});

test('no original photo is published: every image file is one the build made, at most twice the column wide', async () => {
	const made = readdirSync(join(site.dir, '_astro')).filter((name) => /\.(jpe?g|png|webp|avif)$/.test(name));
	expect(made.length).toBeGreaterThan(10);
	for (const name of made) {
		// Astro names a resized file <name>.<hash>_<transform hash>.<ext>; an original would have no second hash.
		expect(name).toMatch(/^[^.]+\.[\w-]+_[\w-]+\.(jpg|webp|avif)$/);
		const { width } = await sharp(join(site.dir, '_astro', name)).metadata();
		expect(width).toBeLessThanOrEqual(1344);
	}
	const total = made.reduce((sum, name) => sum + statSync(join(site.dir, '_astro', name)).size, 0);
	expect(total).toBeLessThan(3 * 1024 * 1024);
});
