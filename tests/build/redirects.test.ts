/**
 * Page 1's second address: every paginated listing answers at `page/1/` with
 * a static redirect to its own URL (meta refresh, canonical, noindex) that
 * neither the sitemap nor the search index lists.
 */
import { describe, expect, test } from 'vitest';
import { files, read, urlOf } from './dist-files.ts';

const listings = files('', (path) => /^(news|events|publications|archive\/\d{4}|topics\/[^/]+|regions\/[^/]+)\/index\.html$/.test(path)).map((path) =>
	path.replace(/index\.html$/, ''),
);
const sitemap = files('', (path) => /^sitemap-\d+\.xml$/.test(path))
	.map(read)
	.join('\n');

describe('page/1/ of every listing', () => {
	test('there are listings of every kind', () => {
		for (const kind of ['news/', 'events/', 'publications/', 'archive/', 'topics/', 'regions/'])
			expect(
				listings.some((path) => path.startsWith(kind)),
				kind,
			).toBe(true);
	});

	test.each(listings)('%spage/1/ redirects to its listing', (listing) => {
		const html = read(`${listing}page/1/index.html`);
		const target = urlOf(`/${listing}`);
		const path = new URL(target).pathname;
		expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${path}">`);
		expect(html).toContain(`<link rel="canonical" href="${target}">`);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain(`<a href="${path}">`);
		expect(html).not.toContain('data-pagefind-body');
		expect(sitemap).not.toContain(`${listing}page/1/`);
	});

	test('the sitemap still lists the listings themselves', () => {
		expect(sitemap).toContain(`<loc>${urlOf('/news/')}</loc>`);
	});
});
