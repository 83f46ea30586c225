/**
 * Site paths. Every internal URL is built here, relative to the site root and
 * without the deployment base (`withBase` adds it). Each path takes the
 * interface language first: the default language is served at the root,
 * others under their code (`/fr/news/`). Pages get these helpers bound to
 * their own language as `Astro.locals.paths` (src/middleware.ts).
 */

/** The interface language served at the root, without a prefix. */
export const DEFAULT_LANG = 'en';

/** `/` for the default language, `/fr/` for others: the prefix every route hangs off. */
export function langPrefix(lang: string): string {
	return lang === DEFAULT_LANG ? '/' : `/${lang}/`;
}

export const paths = {
	home: (lang: string) => langPrefix(lang),
	/** The listing of an entry type. */
	section: (lang: string, type: string) => `${langPrefix(lang)}${type}/`,
	entry: (lang: string, type: string, slug: string) => `${langPrefix(lang)}${type}/${slug}/`,
	year: (lang: string, year: number | string) => `${langPrefix(lang)}archive/${year}/`,
	archive: (lang: string) => `${langPrefix(lang)}archive/`,
	topic: (lang: string, slug: string) => `${langPrefix(lang)}topics/${slug}/`,
	topics: (lang: string) => `${langPrefix(lang)}topics/`,
	region: (lang: string, slug: string) => `${langPrefix(lang)}regions/${slug}/`,
	regions: (lang: string) => `${langPrefix(lang)}regions/`,
	search: (lang: string) => `${langPrefix(lang)}search/`,
	/** A feed: `name` is `all`, a type or `topics/<slug>`; `extension` is `rss`, `atom` or `json`. */
	feed: (lang: string, name: string, extension: string) => `${langPrefix(lang)}feeds/${name}.${extension}`,
	/** The iCalendar feed of every entry of a scheduled type (events). */
	calendar: (lang: string, type: string) => `${langPrefix(lang)}feeds/${type}.ics`,
	/** One entry of a scheduled type as an iCalendar file. */
	entryCalendar: (lang: string, type: string, slug: string) => `${langPrefix(lang)}${type}/${slug}.ics`,
	/** A publication's references for citation managers: `extension` is `bib`, `ris` or `json`. */
	citation: (lang: string, type: string, slug: string, extension: string) => `${langPrefix(lang)}${type}/${slug}/cite.${extension}`,
	/** The data API's documentation page. */
	developers: (lang: string) => `${langPrefix(lang)}developers/`,
	/** The OpenSearch description of the site's search in a language. */
	openSearch: (lang: string) => `${langPrefix(lang)}opensearch.xml`,
} as const;

type Paths = typeof paths;

/** The path helpers with the language filled in. */
export type LocalizedPaths = { [K in keyof Paths]: Paths[K] extends (lang: string, ...rest: infer A) => string ? (...rest: A) => string : never };

/** `paths` bound to one interface language. */
export function pathsIn(lang: string): LocalizedPaths {
	return Object.fromEntries(
		Object.entries(paths).map(([name, build]) => [name, (...rest: unknown[]) => (build as (...args: unknown[]) => string)(lang, ...rest)]),
	) as LocalizedPaths;
}

/**
 * The interface language of a request path (`/sub/fr/news/` under base
 * `/sub/`): its first segment when that is one of `languages`, else the default.
 */
export function languageOfPath(pathname: string, base: string, languages: readonly string[]): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
	const first = rest.split('/', 1)[0] ?? '';
	return first !== DEFAULT_LANG && languages.includes(first) ? first : DEFAULT_LANG;
}

/** The same site path in another interface language: `/fr/news/` → `/ar/news/`, `/news/` → `/fr/news/`. */
export function pathInLanguage(path: string, from: string, to: string): string {
	const rest = path.startsWith(langPrefix(from)) ? path.slice(langPrefix(from).length) : path.replace(/^\//, '');
	return `${langPrefix(to)}${rest}`;
}

/** A request path without the deployment base: `/sub/fr/news/` under `/sub/` → `/fr/news/`. */
export function withoutBase(pathname: string, base: string): string {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	return root && pathname.startsWith(root) ? pathname.slice(root.length) || '/' : pathname;
}

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
