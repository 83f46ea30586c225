/**
 * Builds a tiny fixture site whose titles contain `<`, `&`, quotes and
 * `</script>`, under a sub-path base, and checks that every output format
 * carries them as text: feeds, calendars, HTML head and JSON-LD.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const NASTY = `Fish & "chips" <b>bold</b> 'x' </script><script>alert(1)</script> ]]> end`;
const SITE = 'https://www.example.org/sub/path/';
const work = mkdtempSync(join(tmpdir(), 'feeds-escaping-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const yamlString = (text: string) => JSON.stringify(text);

beforeAll(() => {
	cpSync('content/taxonomies', join(content, 'taxonomies'), { recursive: true });
	const write = (type: string, slug: string, fields: string) => {
		mkdirSync(join(content, type), { recursive: true });
		writeFileSync(
			join(content, type, `${slug}.md`),
			`---\ntitle: ${yamlString(NASTY)}\nsummary: ${yamlString(NASTY)}\n${fields}---\n\nBody with a [site link](/news/nasty-news/) & <b>markup</b>.\n`,
		);
	};
	write('news', 'nasty-news', 'date: 2012-03-07\ntopics: [migrant-smuggling]\n');
	write('events', 'nasty-event', `date: 2012-03-01\nstartDate: 2012-03-20\nendDate: 2012-03-22\nlocation: ${yamlString(NASTY)}\n`);
	write('publications', 'nasty-report', 'date: 2012-02-01\nkind: report\nlanguages: [en]\n');
	write('news', 'secret-draft', 'date: 2012-03-08\ndraft: true\n');
	// Vitest sets BASE_URL, MODE, DEV, PROD and SSR in the environment; Astro would take BASE_URL over `base`.
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], {
		stdio: 'inherit',
		env: { ...env, CONTENT_DIR: content, SITE_URL: 'https://www.example.org', BASE_PATH: '/sub/path/', BUILD_DATE: '2026-01-01' },
	});
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
type Element = DefaultTreeAdapterTypes.Element;
/** Every element of an HTML document, as the browser's parser sees it. */
function elements(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes)
			if ('tagName' in child) {
				found.push(child);
				walk(child);
			}
	};
	walk(parse(html));
	return found;
}
const attribute = (element: Element | undefined, name: string) => element?.attrs.find((attr) => attr.name === name)?.value;
const text = (element: Element | undefined) => (element?.childNodes ?? []).map((node) => ('value' in node ? node.value : '')).join('');
const decodeHtml = (html: string) =>
	html.replace(
		/&(lt|gt|quot|apos|amp|#\d+);/g,
		(_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? String.fromCharCode(Number(name.slice(1))),
	);

describe('a title with <, &, quotes and </script>', () => {
	test.each(['news/nasty-news', 'events/nasty-event', 'publications/nasty-report'])('%s: HTML head and JSON-LD keep it as text', (path) => {
		const all = elements(read(`${path}/index.html`));
		// The only script is the JSON-LD block, and the markup in the title made no element.
		const scripts = all.filter((element) => element.tagName === 'script');
		expect(scripts.map((script) => attribute(script, 'type'))).toEqual(['application/ld+json']);
		expect(all.some((element) => element.tagName === 'b' && text(element) === 'bold')).toBe(false);
		const data = JSON.parse(text(scripts[0]));
		expect(data.name).toBe(NASTY);
		expect(data.url).toBe(`${SITE}${path}/`);
		expect(text(all.find((element) => element.tagName === 'title'))).toContain(NASTY);
		expect(text(all.find((element) => element.tagName === 'h1'))).toBe(NASTY);
		for (const property of ['og:title', 'og:description'])
			expect(
				attribute(
					all.find((element) => attribute(element, 'property') === property),
					'content',
				),
			).toBe(NASTY);
		expect(
			attribute(
				all.find((element) => attribute(element, 'name') === 'twitter:title'),
				'content',
			),
		).toBe(NASTY);
		expect(
			attribute(
				all.find((element) => attribute(element, 'rel') === 'canonical'),
				'href',
			),
		).toBe(`${SITE}${path}/`);
	});

	test('RSS', () => {
		const xml = read('feeds/all.rss');
		expect(XMLValidator.validate(xml)).toBe(true);
		const items = parser.parse(xml).rss.channel.item;
		expect(items.map((item: { title: string }) => decodeHtml(item.title))).toEqual([NASTY, NASTY, NASTY]);
		expect(items[0].link).toBe(`${SITE}news/nasty-news/`);
		expect(items[0]['content:encoded']).toContain(`href="${SITE}news/nasty-news/"`);
	});

	test('Atom', () => {
		const xml = read('feeds/all.atom');
		expect(XMLValidator.validate(xml)).toBe(true);
		const entries = parser.parse(xml).feed.entry;
		for (const entry of entries) expect(decodeHtml(entry.title['#text'])).toBe(NASTY);
	});

	test('JSON Feed', () => {
		const feed = JSON.parse(read('feeds/all.json'));
		expect(feed.items.map((item: { title: string }) => item.title)).toEqual([NASTY, NASTY, NASTY]);
	});

	test.each(['feeds/events.ics', 'events/nasty-event.ics'])('%s', (path) => {
		const [event] = new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
		expect(event!.summary).toBe(NASTY);
		expect(event!.location).toBe(NASTY);
		expect(event!.uid).toBe(`${SITE}events/nasty-event/`);
		expect(event!.startDate.toString()).toBe('2012-03-20');
		expect(event!.endDate.toString()).toBe('2012-03-23');
	});

	test('the draft is nowhere: no page, no feed item, no sitemap entry', () => {
		expect(() => read('news/secret-draft/index.html')).toThrow();
		expect(read('feeds/all.rss')).not.toContain('secret-draft');
		expect(read('sitemap-0.xml')).not.toContain('secret-draft');
		expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}news/nasty-news/</loc>`);
	});

	test("no published file names the draft, the browser editor's configuration included", () => {
		// Pagefind's files are compressed: the test below reads them.
		const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
			(entry) => entry.isFile() && !/\.(gz|br|png|jpe?g|webp|avif|woff2?|pf_\w+|pagefind)$/.test(entry.name),
		);
		expect(files.map((entry) => entry.name)).toContain('config.json');
		for (const entry of files)
			expect(readFileSync(join(entry.parentPath, entry.name), 'utf8'), join(entry.parentPath, entry.name)).not.toContain('secret-draft');
	});

	test('search indexes the three published entries and not the draft', () => {
		const entry = JSON.parse(read('pagefind/en/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(3);
		const fragments = readdirSync(join(out, 'pagefind', 'en', 'fragment')).map((name) =>
			gunzipSync(readFileSync(join(out, 'pagefind', 'en', 'fragment', name))).toString('utf8'),
		);
		expect(fragments).toHaveLength(3);
		for (const fragment of fragments) expect(fragment).not.toContain('secret-draft');
		// The hostile title reaches search metadata as text.
		expect(fragments.some((fragment) => fragment.includes(JSON.stringify(NASTY).slice(1, -1)))).toBe(true);
	});
});
