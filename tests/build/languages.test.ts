/**
 * The built site's languages, over every page: `<link rel="alternate"
 * hreflang>` between the versions of a page, absolute and reciprocal, with
 * x-default; the sitemap's alternates the same; feeds per language that
 * parse; the header and footer of every page in its language, its own section
 * marked (they are rendered once per language and section and repeated, so a
 * wrong key would show here). Run on the launch build (DIST_DIR) and on the six-language fixture
 * site (tests/.sites/i18n, built by npm run test:sites).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, translatorFor } from '../../src/translations/index.ts';
import { DIST } from './dist-files.ts';

const SITES = [
	{ name: 'launch', dir: DIST, url: `${process.env['SITE_URL']}${process.env['BASE_PATH']}` },
	{ name: 'six-language fixture', dir: resolve('tests/.sites/i18n'), url: 'https://www.example.org/' },
].filter((site) => existsSync(site.dir));

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

/** Every HTML page of a built site: its URL and its hreflang alternates (hreflang → URL). */
function pages(dir: string, url: string) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'index.html' && !relative(dir, entry.parentPath).startsWith('admin'))
		.map((entry) => {
			const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
			const path = relative(dir, entry.parentPath);
			const alternates = new Map(
				[...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="[^"]+">/g)].map((match) => [
					attribute(match[0], 'hreflang')!,
					attribute(match[0], 'href')!,
				]),
			);
			const nav = /<nav class="site-nav" aria-label="([^"]*)">(.*?)<\/nav>/.exec(html);
			return {
				url: new URL(path ? `${path}/` : '', url).href,
				path,
				lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? '',
				navLabel: nav?.[1],
				navLinks: [...(nav?.[2] ?? '').matchAll(/<a href="([^"]*)"(?: aria-current="(page|true)")?>/g)].map((match) => ({
					href: match[1]!,
					current: match[2],
				})),
				searchAction: /<form class="search-form" role="search"[^>]*? action="([^"]*)"/.exec(html)?.[1],
				footerLabel: /<footer class="site-footer">.*?<nav aria-label="([^"]*)">/.exec(html)?.[1],
				redirect: /http-equiv="refresh"/.test(html),
				alternates,
			};
		})
		.filter((page) => !page.redirect);
}

describe.each(SITES)('$name', ({ dir, url }) => {
	const all = pages(dir, url);
	const byUrl = new Map(all.map((page) => [page.url, page]));

	test('every page names its versions: absolute, existing, itself among them under its language, and an x-default', () => {
		expect(all.length).toBeGreaterThan(50);
		for (const page of all) {
			expect(page.alternates.get(page.lang), page.url).toBe(page.url);
			expect(page.alternates.has('x-default'), page.url).toBe(true);
			for (const [hreflang, href] of page.alternates) {
				expect(href.startsWith(url), `${page.url}: ${hreflang} ${href}`).toBe(true);
				expect(byUrl.has(href), `${page.url} names ${href}, which is not a page`).toBe(true);
			}
		}
	});

	test('every header and footer is in the page’s language and marks the page’s own section', () => {
		const translators = new Map<string, ReturnType<typeof translatorFor>>(LANGUAGES.map((language) => [language.code, translatorFor(language.code)]));
		for (const page of all) {
			const t = translators.get(page.lang);
			expect(t, `${page.url}: lang="${page.lang}"`).toBeDefined();
			expect(page.navLabel, page.url).toBe(t!('nav.label'));
			expect(page.footerLabel, page.url).toBe(t!('footer.sections'));
			// The first link is the language's home page; the section is the path's first segment after the language.
			const home = page.navLinks[0]!.href;
			expect(page.searchAction, page.url).toBe(`${home}search/`);
			const segments = page.path.split('/').filter(Boolean);
			if (segments[0] === page.lang) segments.shift();
			const section = segments[0] === undefined ? undefined : `${home}${segments[0]}/`;
			const expected = page.navLinks.some((link) => link.href === section) ? [section] : [];
			expect(
				page.navLinks.filter((link) => link.current).map((link) => link.href),
				page.url,
			).toEqual(expected);
			// "page" only on the section's own page (its index, or home): a detail or later page is in the section, not the link's page.
			const own = new URL(page.url).pathname;
			for (const link of page.navLinks.filter((candidate) => candidate.current))
				expect(link.current, page.url).toBe(link.href === own && !page.url.endsWith('/404/') ? 'page' : 'true');
		}
	});

	test('the language switcher marks the language shown: the page itself, or on the error page only the language', () => {
		const switcher = (html: string) =>
			[...(/<nav class="languages"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '').matchAll(/<a [^>]*>/g)]
				.map(([tag]) => [attribute(tag, ' lang'), attribute(tag, 'aria-current')])
				.filter(([, current]) => current);
		const home = readFileSync(join(dir, 'index.html'), 'utf8');
		const languages = /<nav class="languages"/.test(home);
		if (!languages) return;
		expect(switcher(home)).toEqual([['en', 'page']]);
		expect(switcher(readFileSync(join(dir, '404.html'), 'utf8'))).toEqual([['en', 'true']]);
	});

	test('versions name each other: the same set from every version', () => {
		for (const page of all) {
			const versions = [...page.alternates].filter(([hreflang]) => hreflang !== 'x-default');
			for (const [, href] of versions) {
				const other = byUrl.get(href)!;
				expect(Object.fromEntries([...other.alternates].filter(([hreflang]) => hreflang !== 'x-default')), `${href} from ${page.url}`).toEqual(
					Object.fromEntries(versions),
				);
			}
		}
	});

	test('the sitemap lists every page with the same versions', () => {
		const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
		const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
		expect(urls.length).toBe(all.filter((page) => !page.url.endsWith('/404/')).length);
		for (const [, loc, rest] of urls) {
			const page = byUrl.get(loc!);
			expect(page, loc).toBeDefined();
			const links = Object.fromEntries(
				[...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((match) => [match[1], match[2]]),
			);
			expect(links, loc).toEqual(Object.fromEntries(page!.alternates));
		}
	});

	test.each(LANGUAGES.map((language) => [language.code, language.code === 'en' ? '' : `${language.code}/`]))(
		'%s: the feeds parse and are in that language',
		(code, prefix) => {
			const rss = readFileSync(join(dir, prefix, 'feeds/all.rss'), 'utf8');
			expect(XMLValidator.validate(rss)).toBe(true);
			const channel = new XMLParser().parse(rss).rss.channel as { language: string };
			expect(channel.language.startsWith(code)).toBe(true);
			const atom = readFileSync(join(dir, prefix, 'feeds/all.atom'), 'utf8');
			expect(XMLValidator.validate(atom)).toBe(true);
			expect(atom).toMatch(new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${code}`));
			const json = JSON.parse(readFileSync(join(dir, prefix, 'feeds/all.json'), 'utf8')) as { language: string; items: unknown[] };
			expect(json.language.startsWith(code)).toBe(true);
			expect(json.items.length).toBeGreaterThan(0);
		},
	);
});
