/**
 * Builds the hostile fixture entries (tests/fixtures/hostile: script, handlers,
 * iframes, styles, forms, javascript:/vbscript:/data: URLs in every disguise,
 * markup in titles, summaries and locations) and scans everything built from
 * them: no page, feed or search record carries anything a browser would run,
 * harmless HTML (details, in-page anchors) still works, and every page stays
 * valid HTML.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const BASE = '/sub/';
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const htmlPages = () =>
	readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
		.sort();

beforeAll(() => {
	cpSync('tests/fixtures/hostile', content, { recursive: true });
	cpSync('content/taxonomies', join(content, 'taxonomies'), { recursive: true });
	// Vitest sets BASE_URL and friends; Astro would take BASE_URL over `base`.
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], {
		stdio: 'inherit',
		env: { ...env, CONTENT_DIR: content, SITE_URL: 'https://www.example.org', BASE_PATH: BASE, BUILD_DATE: '2026-01-01' },
	});
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const decodeHtml = (html: string) =>
	html.replace(
		/&(lt|gt|quot|apos|amp|#\d+);/g,
		(_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? String.fromCharCode(Number(name.slice(1))),
	);

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;
function elements(root: Node): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) found.push(node);
		const children =
			'tagName' in node && node.tagName === 'template'
				? (node as DefaultTreeAdapterTypes.Template).content.childNodes
				: 'childNodes' in node
					? node.childNodes
					: [];
		for (const child of children) walk(child);
	};
	walk(root);
	return found;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'ping']);
const UNSAFE_ELEMENTS = new Set([
	'iframe',
	'frame',
	'object',
	'embed',
	'applet',
	'form',
	'base',
	'svg',
	'math',
	'style',
	'template',
	'textarea',
	'button',
	'input',
	'select',
]);
/** Drops what browsers ignore in a URL before reading its scheme (tabs, newlines, leading spaces and controls). */
const scheme = (url: string) =>
	url
		.replace(/[\u0000-\u0020]/g, '')
		.toLowerCase()
		.match(/^([a-z][a-z0-9+.-]*):/)?.[1];

/** Everything in a parsed document or fragment that could run code, load a foreign frame or restyle the page. */
function unsafeParts(root: Node, page: boolean): string[] {
	const found: string[] = [];
	const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
	for (const element of elements(root)) {
		const tag = element.tagName;
		if (tag === 'script') {
			const type = attribute(element, 'type');
			const src = attribute(element, 'src');
			const pageScript = page && (type === 'application/ld+json' || (type === 'module' && src?.startsWith(`${BASE}_astro/`)));
			if (!pageScript) found.push(`<script type=${type} src=${src}>`);
		}
		// The page's own chrome has forms, buttons and icons; content (a feed item, an entry body) has none.
		if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'style', 'template'].includes(tag) || (!page && UNSAFE_ELEMENTS.has(tag)))
			found.push(`<${tag}>`);
		if (tag === 'link' && (!page || (attribute(element, 'rel') === 'stylesheet' && !attribute(element, 'href')?.startsWith(`${BASE}_astro/`))))
			found.push(`<link ${attribute(element, 'href')}>`);
		if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
		if (page && tag === 'div' && attribute(element, 'class') === 'entry__body') found.push(...unsafeParts(element, false).map((part) => `entry body: ${part}`));
		for (const { name, value } of element.attrs) {
			if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
			if (name === 'style') found.push(`<${tag} style>`);
			if (URL_ATTRIBUTES.has(name) && ['javascript', 'vbscript', 'data'].includes(scheme(value) ?? '')) found.push(`<${tag} ${name}="${value}">`);
		}
	}
	return found;
}

test('the scanner catches what it looks for', () => {
	const bad =
		'<a href="&#106;ava&#x09;script:x">a</a><img src=" data:image/png,x" onerror=x><iframe></iframe><p style="x">p</p><form><input></form><script>x</script>';
	expect(unsafeParts(parseFragment(bad), false).sort()).toEqual(
		[
			'<a href="java\tscript:x">',
			'<img onerror>',
			'<img src=" data:image/png,x">',
			'<iframe>',
			'<p style>',
			'<form>',
			'<input>',
			'<script type=undefined src=undefined>',
		].sort(),
	);
});

describe('hostile content, built', () => {
	test('every HTML page: no script but the page’s own, no handler, frame, style or unsafe URL', () => {
		const pages = htmlPages();
		expect(pages).toContain('news/hostile-body/index.html');
		for (const page of pages) {
			const found = unsafeParts(parse(read(page)), true);
			// Page 1's second address (`…/page/1/`) is a redirect page to its listing, in the same language: its one refresh is the site's own.
			const redirect = /(^|\/)page\/1\/index\.html$/.test(page) && read(page).includes(`content="0;url=${BASE}${page.replace(/page\/1\/index\.html$/, '')}"`);
			expect(redirect ? found.filter((part) => part !== '<meta refresh>') : found, page).toEqual([]);
		}
	});

	test('every HTML page is still valid', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const page of htmlPages()) {
			for (const result of (await validator.validateFile(join(out, page))).results)
				for (const message of result.messages) problems.push(`${page}: ${message.ruleId}: ${message.message}`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	test('front matter stays text: title, meta tags and JSON-LD', () => {
		const doc = parse(read('news/hostile-body/index.html'));
		const all = elements(doc);
		const title = all.find((element) => element.tagName === 'title')!;
		expect((title.childNodes[0] as DefaultTreeAdapterTypes.TextNode).value).toContain(`Hostile body </title><script>alert('title')</script> & "quotes"`);
		const ogDescription = all.find((element) => element.attrs.some((attr) => attr.name === 'property' && attr.value === 'og:description'))!;
		expect(ogDescription.attrs.find((attr) => attr.name === 'content')!.value).toBe(
			`Summary with <img src=x onerror=alert('summary')> and </script><script>alert(1)</script>`,
		);
		const ld = all.find((element) => element.tagName === 'script' && element.attrs.some((attr) => attr.value === 'application/ld+json'))!;
		const json = (ld.childNodes[0] as DefaultTreeAdapterTypes.TextNode).value;
		expect(json).not.toMatch(/[<>]/);
		expect(JSON.parse(json).headline ?? JSON.parse(json).name).toContain('</title><script>');
	});

	test('harmless HTML survives: details, in-page anchors, ordinary links', () => {
		const html = read('news/hostile-body/index.html');
		expect(html).toContain('<details>');
		expect(html).toContain('<summary>More detail</summary>');
		expect(html).toMatch(/<h2 id="user-content-background">Background<\/h2>/);
		expect(html).toContain('<a href="#user-content-background">a table of contents link</a>');
		expect(html).toContain('<a href="#user-content-notes">a note</a>');
		expect(html).toContain('id="user-content-main"');
		expect(html.match(/id="main"/g)).toHaveLength(1);
		expect(html).toContain('<a href="https://www.unodc.org/">UNODC</a>');
		// Site paths in bodies follow the deployment base on pages (the feeds make them absolute).
		expect(html).toContain(`<a href="${BASE}news/">site page</a>`);
	});

	test('feeds: item HTML is as clean as the pages', () => {
		const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
		const rss = parser.parse(read('feeds/all.rss')).rss.channel.item as { 'content:encoded': string; title: string }[];
		const json = JSON.parse(read('feeds/all.json')).items as { content_html: string }[];
		expect(rss).toHaveLength(4);
		for (const html of [...rss.map((item) => item['content:encoded']), ...json.map((item) => item.content_html)]) {
			expect(unsafeParts(parseFragment(html), false)).toEqual([]);
		}
		expect(rss.map((item) => decodeHtml(item.title))).toContain(`Hostile body </title><script>alert('title')</script> & "quotes"`);
	});

	test('feeds: every HTML-typed field, read by a reader that does not sanitise, is text (issue #15.1)', () => {
		const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category'].includes(name) });
		const fields: [string, string][] = [];
		for (const feed of readdirSync(join(out, 'feeds'), { recursive: true, encoding: 'utf8' }).filter((path) => /\.(rss|atom)$/.test(path))) {
			const doc = parser.parse(read(`feeds/${feed}`));
			if (doc.rss) {
				const channel = doc.rss.channel;
				fields.push([`${feed} title`, channel.title], [`${feed} description`, channel.description]);
				for (const item of channel.item ?? []) {
					fields.push([`${feed} item title`, item.title], [`${feed} item description`, item.description]);
					for (const category of item.category ?? []) fields.push([`${feed} category`, category]);
				}
			} else
				for (const entry of doc.feed.entry ?? [])
					fields.push(
						[`${feed} title`, entry.title['#text']],
						[`${feed} summary`, entry.summary?.['#text'] ?? ''],
						[`${feed} content`, entry.content?.['#text'] ?? ''],
					);
		}
		expect(fields.length).toBeGreaterThan(40);
		for (const [where, html] of fields) {
			const tree = parseFragment(String(html));
			expect(unsafeParts(tree, false), where).toEqual([]);
			if (!where.endsWith('content'))
				expect(
					elements(tree).map((element) => element.tagName),
					where,
				).toEqual([]);
		}
	});

	test('feeds: the dateline, a body with several ]]>, no second h1 (issues #14.11, #15.3, #15.4)', () => {
		const atom = read('feeds/all.atom');
		expect(atom).not.toContain('CDATA');
		const entry = (
			new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(atom).feed.entry as {
				id: string;
				content: { '#text': string };
			}[]
		).find((e) => e.id.includes('hostile-feed-text'))!;
		const html = entry.content['#text'];
		expect(html).toMatch(/^<p>Vienna &lt;\/p&gt;&lt;script&gt;alert\('dateline'\)&lt;\/script&gt;, 6 March 2012 –<\/p>/);
		expect(html).toContain('Two ]]&gt; sections ]]&gt;]]&gt; in a row');
		expect(html).not.toContain('<h1');
		expect(html).toContain('<h2 id="user-content-a-heading-that-must-not-be-a-second-h1">');
		const page = parse(read('news/hostile-feed-text/index.html'));
		expect(elements(page).filter((element) => element.tagName === 'h1')).toHaveLength(1);
		// URLs the site refuses lose their address on the page and in the feeds.
		for (const text of [read('news/hostile-feed-text/index.html'), html])
			expect(text).not.toMatch(/evil\.example|cdn\.example|http:\/\/www\.unodc\.org\/a\.jpg/);
	});

	test('search records: titles and metadata are text, excerpts carry no markup', () => {
		const dir = join(out, 'pagefind', 'en', 'fragment');
		const fragments = readdirSync(dir).map((file) => {
			const bytes = gunzipSync(readFileSync(join(dir, file)));
			// Pagefind prefixes its records with a signature before the JSON.
			const text = bytes.toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
		});
		const records = fragments.flatMap((fragment) => ('url' in fragment ? [fragment] : Object.values(fragment))) as {
			url: string;
			content: string;
			meta: Record<string, string>;
		}[];
		const hostile = records.find((record) => record.url.includes('hostile-body'))!;
		expect(hostile.meta['title']).toContain(`</title><script>alert('title')</script>`);
		expect(hostile.content).not.toMatch(/alert\('(script element|template)'\)/);
		expect(hostile.content).not.toContain('display: none');
	});
});
