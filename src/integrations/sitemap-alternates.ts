/**
 * The language versions (`<xhtml:link rel="alternate" hreflang>`) and last
 * change of every page in the sitemap, added through @astrojs/sitemap's
 * `serialize` in linear time: entry pages' from the list the build writes
 * (src/pages/sitemap-alternates.json.ts), the others' from their URL (the
 * same path under each language's prefix). (@astrojs/sitemap's own i18n
 * option compares every URL with every other, which grows with the square
 * of the site.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { hreflangs } from '../data/alternates.ts';
import { languageOfPath, withoutBase } from '../lib/routing/paths.ts';
import { LANGUAGES, type LanguageCode } from '../translations/index.ts';

/** The build's file of entry pages' versions, in the output folder until this integration reads it. */
export const ALTERNATES_FILE = 'sitemap-alternates.json';

type EntryPages = Record<string, { alternates: { hreflang: string; path: string }[]; lastmod: string }>;

const CODES = LANGUAGES.map((language) => language.code);

/** A sitemap item with its versions and, for an entry, its last change; `site` and `base` make the URLs absolute. */
export function withAlternates(item: SitemapItem, entries: EntryPages, site: string, base: string): SitemapItem {
	const url = new URL(item.url);
	const path = withoutBase(url.pathname, base);
	const entry = entries[path];
	const alternates = entry?.alternates ?? hreflangs({ path, lang: languageOfPath(path, '/', CODES) as LanguageCode });
	const absolute = (sitePath: string) => new URL(`${base.replace(/\/$/, '')}${sitePath}`, site).href;
	return {
		...item,
		links: alternates.map((alternate) => ({ lang: alternate.hreflang, url: absolute(alternate.path) })),
		...(entry ? { lastmod: `${entry.lastmod}T00:00:00.000Z` } : {}),
	};
}

/** The integration (listed before sitemap()) and the `serialize` to give sitemap(). */
export default function sitemapAlternates(): { integration: AstroIntegration; serialize: (item: SitemapItem) => SitemapItem } {
	let entries: EntryPages = {};
	let site = '';
	let base = '/';
	return {
		integration: {
			name: 'site:sitemap-alternates',
			hooks: {
				'astro:config:done': ({ config }) => {
					site = config.site ?? '';
					base = config.base;
				},
				'astro:build:done': ({ dir }) => {
					const file = join(fileURLToPath(dir), ALTERNATES_FILE);
					entries = JSON.parse(readFileSync(file, 'utf8')) as EntryPages;
					rmSync(file);
				},
			},
		},
		serialize: (item) => withAlternates(item, entries, site, base),
	};
}
