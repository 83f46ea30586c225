import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { renderAtom } from '../../../src/lib/feeds/atom.ts';
import { renderJsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import type { FeedChannel, FeedItem } from '../../../src/lib/feeds/model.ts';
import { renderRss } from '../../../src/lib/feeds/rss.ts';

/** Every character that matters to XML, HTML and script elements. */
const NASTY = `Fish & "chips" <b>bold</b> 'quoted' </script><script>alert(1)</script> ]]> end`;

const item = (n: number, overrides: Partial<FeedItem> = {}): FeedItem => ({
	id: `https://www.example.org/sub/news/item-${n}/`,
	url: `https://www.example.org/sub/news/item-${n}/`,
	title: `Item ${n}`,
	date: `2012-03-${String(10 - n).padStart(2, '0')}`,
	summary: `Summary ${n}`,
	contentHtml: `<p>Body ${n} with <a href="https://www.example.org/sub/topics/x/">a link</a> &amp; ]]> inside.</p>`,
	categories: [
		{ term: 'smuggling-by-sea', label: 'Smuggling by sea' },
		{ term: 'odd', label: 'A < B & "C"' },
	],
	lang: 'en',
	...overrides,
});

const channel: FeedChannel = {
	title: `News ${NASTY}`,
	description: `About ${NASTY}`,
	lang: 'en',
	homeUrl: 'https://www.example.org/sub/news/',
	selfUrl: 'https://www.example.org/sub/feeds/news.rss',
	updated: '2012-03-09',
	image: 'https://www.example.org/sub/og-default.png',
	author: { name: 'United Nations Office on Drugs and Crime', url: 'https://www.example.org/sub/' },
	items: [item(1, { title: NASTY, summary: NASTY }), item(2)],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name) });
const decodeHtml = (html: string) =>
	html.replace(
		/&(lt|gt|quot|apos|amp|#\d+);/g,
		(_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? String.fromCharCode(Number(name.slice(1))),
	);
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('RSS 2.0', async () => {
	const xml = await renderRss(channel);
	const rss = parser.parse(xml).rss;
	test('is well-formed XML with the required channel and item elements', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(rss['@version']).toBe('2.0');
		for (const key of ['title', 'link', 'description', 'language', 'lastBuildDate', 'atom:link']) expect(rss.channel).toHaveProperty([key]);
		expect(rss.channel['atom:link']).toMatchObject({ '@rel': 'self', '@href': channel.selfUrl });
		expect(rss.channel.item).toHaveLength(2);
		for (const entry of rss.channel.item)
			for (const key of ['title', 'link', 'guid', 'pubDate', 'description', 'content:encoded']) expect(entry).toHaveProperty([key]);
	});
	test('dates are RFC 822', () => {
		expect(rss.channel.lastBuildDate).toMatch(RFC822);
		expect(rss.channel.item.map((entry: { pubDate: string }) => entry.pubDate)).toEqual(['Fri, 09 Mar 2012 00:00:00 GMT', 'Thu, 08 Mar 2012 00:00:00 GMT']);
	});
	test('text fields are HTML that reads as the text: escaped for HTML, then for XML (issue #15.1)', () => {
		expect(xml).not.toContain('</script>');
		expect(decodeHtml(rss.channel.title)).toBe(`News ${NASTY}`);
		expect(decodeHtml(rss.channel.item[0].title)).toBe(NASTY);
		expect(rss.channel.item[0].description).not.toMatch(/[<>]/);
		expect(decodeHtml(rss.channel.item[0].description)).toBe(NASTY);
		expect(rss.channel.item[0].category.map(decodeHtml)).toEqual(['Smuggling by sea', 'A < B & "C"']);
		expect(rss.channel.item[1]['content:encoded']).toBe(item(2).contentHtml);
	});
});

describe('Atom 1.0', () => {
	const xml = renderAtom({ ...channel, selfUrl: 'https://www.example.org/sub/feeds/news.atom' });
	const feed = parser.parse(xml).feed;
	test('is well-formed XML with the required feed and entry elements', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const key of ['id', 'title', 'updated', 'author']) expect(feed).toHaveProperty([key]);
		expect(feed.link.map((link: Record<string, string>) => link['@rel'])).toEqual(['alternate', 'self']);
		for (const entry of feed.entry) for (const key of ['id', 'title', 'updated', 'link', 'summary', 'content']) expect(entry).toHaveProperty([key]);
	});
	test('dates are RFC 3339', () => {
		expect(feed.updated).toMatch(RFC3339);
		expect(feed.entry.map((entry: { updated: string }) => entry.updated)).toEqual(['2012-03-09T00:00:00.000Z', '2012-03-08T00:00:00.000Z']);
	});
	test('type="html" titles and summaries decode back to the plain text', () => {
		expect(xml).not.toContain('</script>');
		expect(feed.title).toBe(`News ${NASTY}`);
		expect(feed.entry[0].title['@type']).toBe('html');
		expect(decodeHtml(feed.entry[0].title['#text'])).toBe(NASTY);
		expect(decodeHtml(feed.entry[0].summary['#text'])).toBe(NASTY);
		expect(feed.entry[1].content['#text']).toBe(item(2).contentHtml);
	});
	test('categories have the slug as term and the label, escaped', () => {
		expect(feed.entry[0].category).toEqual([
			{ '@term': 'smuggling-by-sea', '@label': 'Smuggling by sea' },
			{ '@term': 'odd', '@label': 'A < B & "C"' },
		]);
	});
	test('no CDATA: a body with several ]]> stays one piece of HTML (issue #15.3)', () => {
		const html = '<p>a ]]> b ]]>]]> c</p><p title="]]>]]>">d</p>';
		const doc = renderAtom({ ...channel, items: [item(1, { contentHtml: html })] });
		expect(doc).not.toContain('CDATA');
		expect(XMLValidator.validate(doc)).toBe(true);
		expect(parser.parse(doc).feed.entry[0].content['#text']).toBe(html);
	});
});

describe('JSON Feed 1.1', () => {
	const json = JSON.parse(renderJsonFeed({ ...channel, selfUrl: 'https://www.example.org/sub/feeds/news.json' }));
	test('has the required top-level and item fields', () => {
		expect(json.version).toBe('https://jsonfeed.org/version/1.1');
		expect(json.title).toBe(`News ${NASTY}`);
		expect(json.feed_url).toBe('https://www.example.org/sub/feeds/news.json');
		expect(json.items).toHaveLength(2);
		for (const entry of json.items) {
			expect(typeof entry.id).toBe('string');
			expect(typeof entry.content_html).toBe('string');
			expect(entry.date_published).toMatch(RFC3339);
		}
	});
	test('values round-trip exactly', () => {
		expect(json.items[0].title).toBe(NASTY);
		expect(json.items[0].summary).toBe(NASTY);
		expect(json.items[0].tags).toEqual(['Smuggling by sea', 'A < B & "C"']);
		expect(json.items[0].date_published).toBe('2012-03-09T00:00:00Z');
	});
});

describe('characters XML forbids never reach a feed (issue #15.2)', () => {
	const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\ufffe', '\uffff', '\ud800'];
	const dirty = CONTROLS.map((char) => `Line${char}break`).join(' ');
	const dirtyChannel: FeedChannel = {
		...channel,
		title: dirty,
		items: [item(1, { title: dirty, summary: dirty, contentHtml: `<p>${dirty}</p>`, categories: [{ term: 'x', label: dirty }] })],
	};
	test.each([
		['RSS', async () => renderRss(dirtyChannel)],
		['Atom', async () => renderAtom(dirtyChannel)],
		['JSON Feed', async () => renderJsonFeed(dirtyChannel)],
	])('%s', async (name, render) => {
		const text = await render();
		expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/);
		if (name !== 'JSON Feed') expect(XMLValidator.validate(text)).toBe(true);
		else expect(JSON.stringify(JSON.parse(text))).not.toMatch(/\\u000b/);
	});
});
