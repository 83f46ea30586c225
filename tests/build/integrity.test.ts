/**
 * Integrity of the built site (DIST_DIR, the sub-path launch build by default):
 * every page valid HTML (html-validate, .htmlvalidate.json), no broken internal
 * link or fragment (linkinator, over a local server; external links are listed
 * in tests/.reports/external-links.txt, never fetched), no orphan entry, every
 * listing link resolves — checked on the paging site too, whose listings run
 * to several pages.
 *
 * .htmlvalidate.json turns off three rules of html-validate:recommended:
 * no-redundant-role (lists keep role="list": Safari drops list semantics under
 * list-style: none), long-title (entry titles are long by nature; not a validity
 * problem) and form-dup-name for checkboxes (filter checkboxes share a name).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/routing/deployment.ts';
import { ADMIN_META_POLICY, META_POLICY } from '../../src/lib/head/csp.ts';
import { DIST } from './dist-files.ts';

const BASE = basePath();
const SITES = [
	{ name: 'launch (sub-path)', dir: DIST, base: BASE },
	{ name: 'paging', dir: 'tests/.sites/paging', base: '/' },
].filter((site) => existsSync(join(site.dir, 'index.html')));

const htmlFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
		.sort();

type Element = DefaultTreeAdapterTypes.Element;
function elements(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes) {
			if ('tagName' in child) {
				found.push(child);
				walk(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
			}
		}
	};
	walk(parse(html));
	return found;
}
const attr = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;

/** Site paths (under the base) of the links in a page's main content, resolved against the page's URL. */
function internalLinks(html: string, pageUrl: URL, base: string, inMain = true): string[] {
	const all = elements(html);
	const main = inMain ? all.find((element) => element.tagName === 'main') : undefined;
	const scope = main ? collect(main) : all;
	return scope
		.filter((element) => element.tagName === 'a' && attr(element, 'href'))
		.map((element) => new URL(attr(element, 'href')!, pageUrl))
		.filter((url) => url.origin === pageUrl.origin && url.pathname.startsWith(base))
		.map((url) => url.pathname);
}
function collect(root: Element): Element[] {
	const found: Element[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes)
			if ('tagName' in child) {
				found.push(child);
				walk(child);
			}
	};
	walk(root);
	return found;
}

/** The file a site path is served from, if any. */
function fileFor(dir: string, base: string, path: string): string | undefined {
	const rel = decodeURIComponent(path.slice(base.length));
	const candidates = rel === '' || rel.endsWith('/') ? [join(dir, rel, 'index.html')] : [join(dir, rel), join(dir, rel, 'index.html')];
	return candidates.find((file) => existsSync(file) && !readdirSafe(file));
}
const readdirSafe = (file: string) => {
	try {
		readdirSync(file);
		return true;
	} catch {
		return false;
	}
};

describe.each(SITES)('$name', ({ dir, base }) => {
	const pages = htmlFiles(dir);

	test('html-validate: every page is valid', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(join(dir, page));
			for (const result of report.results)
				for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
		expect(pages.length).toBeGreaterThan(20);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	test('every page carries the Content Security Policy of src/lib/head/csp.ts once, before any stylesheet or script (the editor its own)', () => {
		const wrong: string[] = [];
		for (const page of pages) {
			const html = readFileSync(join(dir, page), 'utf8');
			const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
			const first = html.search(/<link rel="stylesheet"|<script/);
			const policy = page.startsWith('admin/') ? ADMIN_META_POLICY : META_POLICY;
			const ok = policies.length === 1 && policies[0]![1] === policy && (first < 0 || policies[0]!.index < first);
			if (!ok) wrong.push(page);
		}
		expect(pages).toContain('admin/index.html');
		expect(wrong).toEqual([]);
	});

	const origin = 'http://site.test';
	const entryPages = pages.filter((page) => /^(news|events|publications)\/(?!\d+\/)[^/]+\/index\.html$/.test(page));
	const listingPages = pages.filter(
		(page) => /^(news|events|publications|topics|regions|archive)\/(\d+\/|[^/]+\/(\d+\/)?)?index\.html$/.test(page) && !entryPages.includes(page),
	);
	const urlOf = (page: string) => new URL(`${base}${page.replace(/index\.html$/, '')}`, origin);

	test('no orphans: every entry page is linked from a listing of its section', () => {
		const linked = new Set<string>();
		for (const page of listingPages.filter((page) => /^(news|events|publications)\//.test(page))) {
			for (const path of internalLinks(readFileSync(join(dir, page), 'utf8'), urlOf(page), base)) linked.add(path);
		}
		expect(entryPages.length).toBeGreaterThan(10);
		const orphans = entryPages.map((page) => urlOf(page).pathname).filter((path) => !linked.has(path));
		expect(orphans).toEqual([]);
	});

	test('every link on every listing page resolves to a built file', () => {
		expect(listingPages.length).toBeGreaterThan(10);
		const broken: string[] = [];
		for (const page of listingPages) {
			for (const path of internalLinks(readFileSync(join(dir, page), 'utf8'), urlOf(page), base, false)) {
				if (!fileFor(dir, base, path)) broken.push(`${page} → ${path}`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('linkinator: internal links and fragments of the launch site', () => {
	let server: Server;
	let root = '';
	beforeAll(async () => {
		const files = sirv(DIST, { dev: false });
		const notFound = () => readFileSync(join(DIST, '404.html'));
		server = createServer((req, res) => {
			const url = req.url ?? '/';
			if (!url.startsWith(BASE)) return void res.writeHead(404, { 'content-type': 'text/html' }).end(notFound());
			req.url = `/${url.slice(BASE.length)}`;
			files(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/html' }).end(notFound());
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	test('zero broken links; external links reported, not fetched', async () => {
		const { links } = await check({
			path: `${root}${BASE}`,
			recurse: true,
			checkFragments: true,
			concurrency: 20,
			timeout: 10_000,
			// Nothing leaves the machine: only the local server is fetched.
			linksToSkip: async (link) => !link.startsWith(root),
		});
		// The site's own absolute URLs (canonical, og:url, feeds, JSON-LD) name the
		// deployment: each must be a file of the build.
		const own = `${siteUrl()}${BASE}`;
		const ownMissing = new Set<string>();
		const external = new Map<string, Set<string>>();
		const broken: string[] = [];
		for (const link of links) {
			if (link.state === LinkState.BROKEN) broken.push(`${link.status ?? ''} ${link.url} (on ${link.parent})`);
			else if (link.state === LinkState.SKIPPED && link.url.startsWith(own)) {
				if (!fileFor(DIST, BASE, new URL(link.url).pathname)) ownMissing.add(`${link.url} (on ${link.parent})`);
			} else if (link.state === LinkState.SKIPPED && /^https?:/.test(link.url)) {
				if (!external.has(link.url)) external.set(link.url, new Set());
				if (link.parent) external.get(link.url)!.add(link.parent.replace(root, ''));
			}
		}
		const checked = links.filter((link) => link.state === LinkState.OK).length;
		mkdirSync('tests/.reports', { recursive: true });
		const report = [...external]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(
				([url, parents]) =>
					`${url}\n${[...parents]
						.sort()
						.map((parent) => `  on ${parent}`)
						.join('\n')}`,
			);
		writeFileSync(
			'tests/.reports/external-links.txt',
			`# External links of ${relative(process.cwd(), DIST)}, not fetched: ${external.size}\n${report.join('\n')}\n`,
		);
		console.log(
			`linkinator: ${checked} internal links OK, ${broken.length} broken, ${ownMissing.size} missing own URLs, ${external.size} external listed in tests/.reports/external-links.txt`,
		);
		expect(broken, broken.join('\n')).toEqual([]);
		expect([...ownMissing]).toEqual([]);
		expect(checked).toBeGreaterThan(50);
	}, 180_000);
});
