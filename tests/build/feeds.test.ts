/**
 * Checks the built site's feeds, calendars, sitemap and page metadata. Run
 * after a build, with the same SITE_URL and BASE_PATH (see README).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contentEntries, files, PREFIX, read, urlOf } from './dist-files.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link', 'category'].includes(name),
});
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const published = contentEntries().filter((entry) => !entry.draft);
const drafts = contentEntries().filter((entry) => entry.draft);
const entryUrl = (entry: { type: string; slug: string }) => urlOf(`/${entry.type}/${entry.slug}/`);
const expectOnSite = (url: string) => expect(url.startsWith(PREFIX), `${url} is under ${PREFIX}`).toBe(true);

describe('feeds', () => {
	const feeds = files('feeds', (path) => /\.(rss|atom|json)$/.test(path));
	test('all, each type and each topic, in three formats', () => {
		for (const name of ['all', 'news', 'events', 'publications']) for (const ext of ['rss', 'atom', 'json']) expect(feeds).toContain(`feeds/${name}.${ext}`);
		expect(feeds.filter((path) => path.startsWith('feeds/topics/')).length % 3).toBe(0);
	});

	test.each(files('feeds', (path) => path.endsWith('.rss')))('%s is valid RSS 2.0', (path) => {
		const xml = read(path);
		expect(XMLValidator.validate(xml)).toBe(true);
		const { channel } = parser.parse(xml).rss;
		for (const key of ['title', 'link', 'description']) expect(channel[key]).toBeTruthy();
		expect(channel['atom:link']['@href']).toBe(urlOf(`/${path}`));
		const items = channel.item ?? [];
		expect(items.length).toBeLessThanOrEqual(50);
		for (const item of items) {
			expect(item.title).toBeTruthy();
			expect(item.pubDate).toMatch(RFC822);
			expectOnSite(item.link[0]);
			expect(item['content:encoded']).toBeTypeOf('string');
			expect(item['content:encoded']).not.toMatch(/(href|src)="\/(?!\/)/);
		}
		if (path === 'feeds/all.rss') expect(items).toHaveLength(Math.min(50, published.length));
	});

	test.each(files('feeds', (path) => path.endsWith('.atom')))('%s is valid Atom 1.0', (path) => {
		const xml = read(path);
		expect(XMLValidator.validate(xml)).toBe(true);
		const { feed } = parser.parse(xml);
		for (const key of ['id', 'title', 'updated']) expect(feed[key]).toBeTruthy();
		expect(feed.updated).toMatch(RFC3339);
		expect(feed.link.find((link: Record<string, string>) => link['@rel'] === 'self')['@href']).toBe(urlOf(`/${path}`));
		for (const entry of feed.entry ?? []) {
			expect(entry.updated).toMatch(RFC3339);
			expectOnSite(entry.id);
			expectOnSite(entry.link[0]['@href']);
		}
	});

	test.each(files('feeds', (path) => path.endsWith('.json')))('%s is valid JSON Feed 1.1', (path) => {
		const feed = JSON.parse(read(path));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.feed_url).toBe(urlOf(`/${path}`));
		expectOnSite(feed.home_page_url);
		expect(feed.items.length).toBeLessThanOrEqual(50);
		for (const item of feed.items) {
			expectOnSite(item.id);
			expect(item.date_published).toMatch(RFC3339);
			expect(item.content_html).toBeTypeOf('string');
		}
	});
});

describe('feed items (issue #14.11)', () => {
	const items = JSON.parse(read('feeds/all.json')).items as { url: string; title: string; summary: string; content_html: string }[];
	test('no item is empty: an entry without a body has its summary or its linked title', () => {
		for (const item of items) {
			expect(item.summary.trim(), item.url).not.toBe('');
			expect(item.content_html.trim(), item.url).not.toBe('');
		}
		const paper = items.find((item) => item.url.endsWith('/publications/issue-paper-smuggling-of-migrants-by-sea/'))!;
		expect(paper.summary).toBe(paper.title);
		expect(paper.content_html).toBe(`<p><a href="${paper.url}">Issue Paper: Smuggling of Migrants by Sea</a></p>`);
	});
	test('a press release keeps its dateline, as on its page', () => {
		const item = items.find((entry) => entry.url.includes('/news/intelligence-is-key-to-fighting-migrant-smuggling-unodc-provides-analysis/'))!;
		expect(item.content_html).toMatch(/^<p>Bangkok \(Thailand\), 21 February 2012 –<\/p>\n<p>/);
	});
});

describe('calendars (issue #14.10)', () => {
	const events = published.filter((entry) => entry.type === 'events');
	const dated = events.filter((entry) => entry.startDate);
	const parse = (path: string) => new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

	test('the calendar of all events has one VEVENT per event with its own days, with unique UIDs', () => {
		const parsed = parse('feeds/events.ics');
		expect(parsed.map((event) => event.uid).sort()).toEqual(dated.map(entryUrl).sort());
		for (const event of parsed) expect(event.startDate.isDate).toBe(true);
	});

	test('an event without startDate gets no calendar file and no "Add to calendar"', () => {
		for (const entry of events.filter((event) => !event.startDate)) {
			expect(files('events', (path) => path === `events/${entry.slug}.ics`)).toEqual([]);
			expect(read(`events/${entry.slug}/index.html`)).not.toContain('.ics"');
		}
	});

	test.each(dated.map((entry) => entry.slug))('events/%s.ics', (slug) => {
		const [event, ...rest] = parse(`events/${slug}.ics`);
		expect(rest).toEqual([]);
		expect(event!.uid).toBe(urlOf(`/events/${slug}/`));
		expect(event!.startDate.isDate).toBe(true);
		expect(event!.endDate.compare(event!.startDate)).toBe(1);
	});
});

describe('sitemap and robots.txt', () => {
	const index = parser.parse(read('sitemap-index.xml')).sitemapindex;
	const locs: string[] = index.sitemap.flatMap((sitemap: { loc: string }) => {
		expectOnSite(sitemap.loc);
		return parser.parse(read(sitemap.loc.slice(PREFIX.length))).urlset.url.map((url: { loc: string }) => url.loc);
	});

	test('every URL is on the site, once', () => {
		for (const loc of locs) expectOnSite(loc);
		expect(new Set(locs).size).toBe(locs.length);
	});
	test('every published entry page is listed exactly once', () => {
		for (const entry of published) expect(locs.filter((loc) => loc === entryUrl(entry))).toHaveLength(1);
	});
	test('no draft and no error page is listed', () => {
		for (const entry of drafts) expect(locs).not.toContain(entryUrl(entry));
		expect(locs.some((loc) => /404/.test(loc))).toBe(false);
	});
	test('robots.txt points to the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${urlOf('/sitemap-index.xml')}`);
	});
});

describe('page metadata', () => {
	// Redirect pages (a listing's page/1/) name their destination as canonical: tests/build/redirects.test.ts.
	// The browser editor (admin/) is not a page of the site: tests/build/admin.test.ts.
	const pages = files(
		'',
		(path) => path.endsWith('index.html') && !path.startsWith('pagefind') && !path.startsWith('admin/') && !path.endsWith('/page/1/index.html'),
	);
	const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1]?.replace(/&amp;/g, '&');

	test.each(pages)('%s: canonical, Open Graph, Twitter card, autodiscovery', (path) => {
		const html = read(path);
		const url = urlOf(`/${path.replace(/index\.html$/, '')}`);
		expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(url);
		expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(url);
		const image = attr(html, /<meta property="og:image" content="([^"]+)"/)!;
		expect(image).toMatch(/^https?:\/\//);
		expect(attr(html, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
		const feeds = [...html.matchAll(/<link rel="alternate" type="application\/(?:rss\+xml|atom\+xml|feed\+json)" href="([^"]+)"/g)].map((m) => m[1]!);
		// The site-wide feed in the page's own language (`/fr/feeds/all.rss` on French pages).
		const lang = /^([a-z]{2})\//.exec(path)?.[1];
		expect(feeds).toContain(urlOf(`/${lang ? `${lang}/` : ''}feeds/all.rss`));
		for (const feed of feeds) expectOnSite(feed);
	});

	test.each(published.map((entry) => [entry.type, entry.slug]))('%s/%s: JSON-LD', (type, slug) => {
		const html = read(`${type}/${slug}/index.html`);
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0]![1]!);
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toMatch(type === 'news' ? /^NewsArticle$/ : type === 'events' ? /^Event$/ : /^(Report|Book|CreativeWork)$/);
		expect(data.url).toBe(urlOf(`/${type}/${slug}/`));
	});

	test('the default social image exists', () => {
		expect(files('', (path) => path === 'og-default.png')).toEqual(['og-default.png']);
	});
});
