/**
 * The browser editor in a built site (/admin/, docs/editing.md): its page,
 * configuration and own files are there, under the base path; it is kept out
 * of search engines, the sitemap, the feeds and the search index; no public
 * page loads any of it. Prints the size of what /admin/ downloads.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ADMIN_META_POLICY } from '../../src/lib/head/csp.ts';
import { sveltiaPackage } from '../../src/lib/admin/vendor.ts';
import { basePath } from '../../src/lib/routing/deployment.ts';
import { contentEntries, DIST, files, read } from './dist-files.ts';

const BASE = basePath();
const { version } = sveltiaPackage();
const page = read('admin/index.html');
const vendor = `admin/sveltia/${version}/`;
/** The page's own script, bundled by Astro. */
const script = /<script type="module" src="([^"]+)"><\/script>/.exec(page)?.[1] ?? '';

describe('the page', () => {
	test('the editor’s policy, noindex, no search-index body, no site stylesheet, one script of the site’s own', () => {
		expect(page).toContain(`<meta http-equiv="content-security-policy" content="${ADMIN_META_POLICY}">`);
		expect(page).toContain('<meta name="robots" content="noindex">');
		expect(page).not.toContain('data-pagefind');
		expect(page).not.toMatch(/<link rel="stylesheet"/);
		expect([...page.matchAll(/<script\b/g)]).toHaveLength(1);
		expect(script.startsWith(`${BASE}_astro/`)).toBe(true);
	});
	test('it tells its script where the editor’s files are, under the base path', () => {
		expect(page).toContain(`data-sveltia-version="${version}"`);
		expect(page).toContain(`data-sveltia-files="${BASE}${vendor}"`);
		expect(page).toContain(`data-config="${BASE}admin/config.json"`);
		expect(page).toContain(`data-preview-styles="${BASE}admin/preview.css"`);
		expect(page).toMatch(/data-ui-locales="en-US ar [^"]*fr [^"]*zh-CN/);
	});
});

test('the configuration covers every entry type and offers every entry for `related`', () => {
	const config = JSON.parse(read('admin/config.json')) as { collections: { name: string; fields: { name: string; options?: unknown[] }[] }[] };
	expect(config.collections.map((collection) => collection.name)).toEqual(['news', 'events', 'publications']);
	const related = config.collections[0]!.fields.find((field) => field.name === 'related')!;
	expect(related.options).toHaveLength(contentEntries().length);
});

test('the vendor files are the installed package’s, and the preview imports stylesheets of this build', () => {
	const pkg = sveltiaPackage();
	expect(read(`${vendor}sveltia-cms.js`)).toBe(readFileSync(join(pkg.dir, 'dist', 'sveltia-cms.js'), 'utf8'));
	for (const file of ['chunks/react-dom.js', 'fonts.css', 'LICENSE.txt', 'locales/fr.json', 'locales/ar.json'])
		expect(files(vendor)).toContain(`${vendor}${file}`);
	const fonts = read(`${vendor}fonts.css`);
	for (const [, font] of fonts.matchAll(/url\(([^)]+)\)/g)) expect(files(vendor)).toContain(`${vendor}${font}`);
	const imports = [...read('admin/preview.css').matchAll(/@import url\("([^"]+)"\)/g)].map((match) => match[1]!);
	expect(imports.length).toBeGreaterThan(0);
	for (const href of imports) {
		expect(href.startsWith(`${BASE}_astro/`)).toBe(true);
		expect(files('_astro')).toContain(href.slice(BASE.length));
	}
});

test('kept out of the sitemap, the feeds and the search index', () => {
	const sitemaps = files('', (path) => /^sitemap.*\.xml$/.test(path))
		.map(read)
		.join('\n');
	expect(sitemaps).toContain('<loc>');
	expect(sitemaps).not.toContain('/admin/');
	for (const feed of files('feeds')) expect(read(feed), feed).not.toContain('/admin/');
	expect(files('pagefind', (path) => path.includes('admin'))).toEqual([]);
});

test('no public page loads any of it, or links to it', () => {
	const pages = files('', (path) => path.endsWith('.html') && !path.startsWith('admin/') && !path.startsWith('pagefind'));
	expect(pages.length).toBeGreaterThan(20);
	for (const path of pages) {
		const html = read(path);
		expect(html, path).not.toContain(script);
		expect(html, path).not.toMatch(/sveltia|\/admin\//i);
	}
	// Nor any stylesheet or script the pages load (the preview imports the site's, not the other way round).
	for (const asset of files('_astro', (path) => path.endsWith('.css'))) expect(read(asset)).not.toMatch(/sveltia|\/admin\//i);
});

test('what /admin/ downloads (sizes in docs/editing.md)', () => {
	const size = (path: string) => {
		const bytes = readFileSync(join(DIST, path));
		return { raw: statSync(join(DIST, path)).size, gzip: gzipSync(bytes, { level: 6 }).length };
	};
	const parts = {
		bundle: size(`${vendor}sveltia-cms.js`),
		script: size(script.slice(BASE.length)),
		page: size('admin/index.html'),
		config: size('admin/config.json'),
		fonts: [`${vendor}fonts.css`, ...files(`${vendor}fonts`, (path) => path.endsWith('.woff2'))]
			.map(size)
			.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip })),
	};
	const total = Object.values(parts).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(
		`/admin/ downloads: ${Object.entries({ ...parts, total })
			.map(([name, { raw, gzip }]) => `${name} ${kb(raw)} (${kb(gzip)} gzip)`)
			.join(', ')}; one interface language ${kb(size(`${vendor}locales/fr.json`).raw)} more when not English`,
	);
	// The bundle is about 2 MB; a much larger one means something else was copied in.
	expect(parts.bundle.raw).toBeLessThan(4 * 1024 * 1024);
	expect(parts.script.raw).toBeLessThan(8 * 1024);
});
