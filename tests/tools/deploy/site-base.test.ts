import { expect, test } from 'vitest';
import { siteBase } from '../../../scripts/lib/deploy/site-base.ts';

test('siteBase reads the base path from a sitemap index', () => {
	const index = (loc: string) =>
		`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${loc}</loc></sitemap></sitemapindex>`;
	expect(siteBase(index('https://www.example.org/smuggling-of-migrants/sitemap-0.xml'))).toBe('/smuggling-of-migrants/');
	expect(siteBase(index('https://www.example.org/sitemap-0.xml'))).toBe('/');
	expect(() => siteBase('<sitemapindex/>')).toThrow(/give --base/);
});
