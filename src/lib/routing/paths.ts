/**
 * Site paths. Every internal URL is built here, relative to the site root and
 * without the deployment base, so a language prefix (`/fr/…`) or a sub-path
 * base can be added in one place. `withBase` adds the configured base.
 */
import type { EntryType } from '../../entry-types/index.ts';

/** Languages that get no URL prefix (the site's default language). */
export const DEFAULT_LANG = 'en';

/** `/` for the default language, `/fr/` for others: the prefix every route hangs off. */
export function langPrefix(lang = DEFAULT_LANG): string {
	return lang === DEFAULT_LANG ? '/' : `/${lang}/`;
}

export const paths = {
	home: (lang?: string) => langPrefix(lang),
	section: (type: EntryType, lang?: string) => `${langPrefix(lang)}${type}/`,
	entry: (type: EntryType, slug: string, lang?: string) => `${langPrefix(lang)}${type}/${slug}/`,
	year: (year: number | string, lang?: string) => `${langPrefix(lang)}archive/${year}/`,
	archive: (lang?: string) => `${langPrefix(lang)}archive/`,
	topic: (slug: string, lang?: string) => `${langPrefix(lang)}topics/${slug}/`,
	topics: (lang?: string) => `${langPrefix(lang)}topics/`,
	region: (slug: string, lang?: string) => `${langPrefix(lang)}regions/${slug}/`,
	regions: (lang?: string) => `${langPrefix(lang)}regions/`,
	search: (lang?: string) => `${langPrefix(lang)}search/`,
	/** A feed: `name` is `all`, a type or `topics/<slug>`; `extension` is `rss`, `atom` or `json`. */
	feed: (name: string, extension: string, lang?: string) => `${langPrefix(lang)}feeds/${name}.${extension}`,
	/** The iCalendar feed of every event. */
	calendar: (lang?: string) => `${langPrefix(lang)}feeds/events.ics`,
	/** One event as an iCalendar file. */
	eventCalendar: (slug: string, lang?: string) => `${langPrefix(lang)}events/${slug}.ics`,
	robots: () => '/robots.txt',
} as const;

/** Prefixes a root-relative path with the deployment base (`/` or `/sub/path/`). */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/')) return path;
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}

/** An absolute URL for a root-relative path, under the site URL and base. */
export function absoluteUrl(path: string, site: string, base: string): string {
	return new URL(withBase(path, base), site).href;
}

/** True for `http(s)://…` URLs and site-relative paths (`/…`, not `//…`); false for `javascript:`, `data:` and the rest. */
export function isSafeUrl(url: string): boolean {
	if (/[\u0000-\u001f\u007f\s]/.test(url)) return false;
	if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/** True for links that leave the site. */
export function isExternalUrl(url: string): boolean {
	return /^https?:\/\//i.test(url);
}
