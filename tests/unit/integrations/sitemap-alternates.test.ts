/** The sitemap's language alternates and last changes (src/integrations/sitemap-alternates.ts). */
import { describe, expect, test } from 'vitest';
import { withAlternates } from '../../../src/integrations/sitemap-alternates.ts';

const SITE = 'https://www.example.org';
const entries = {
	'/news/course/': {
		alternates: [
			{ hreflang: 'en', path: '/news/course/' },
			{ hreflang: 'fr', path: '/fr/news/course/' },
			{ hreflang: 'x-default', path: '/news/course/' },
		],
		lastmod: '2020-09-15',
	},
};

describe('withAlternates', () => {
	test('an entry page gets its versions from the build’s list, under the base, and its last change', () => {
		const item = withAlternates({ url: `${SITE}/sub/news/course/` } as never, entries, SITE, '/sub/');
		expect(item.links).toEqual([
			{ lang: 'en', url: `${SITE}/sub/news/course/` },
			{ lang: 'fr', url: `${SITE}/sub/fr/news/course/` },
			{ lang: 'x-default', url: `${SITE}/sub/news/course/` },
		]);
		expect(item.lastmod).toBe('2020-09-15T00:00:00.000Z');
	});

	test('another page exists in every language at the same path under each prefix, with no last change', () => {
		const item = withAlternates({ url: `${SITE}/ru/topics/legislation/` } as never, entries, SITE, '/');
		expect(item.links?.map((link) => link.url)).toContain(`${SITE}/zh/topics/legislation/`);
		expect(item.links?.find((link) => link.lang === 'en')?.url).toBe(`${SITE}/topics/legislation/`);
		expect(item.links?.find((link) => link.lang === 'x-default')?.url).toBe(`${SITE}/topics/legislation/`);
		expect(item.lastmod).toBeUndefined();
	});
});
