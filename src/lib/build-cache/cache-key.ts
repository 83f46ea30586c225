/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are unchanged since the last build is copied from the
 * build cache instead of rendered. A key must therefore cover everything the
 * page shows that is not code: its props, and whatever else it reads from the
 * site (an entry page's neighbours, related entries and term labels).
 */
import { createHash } from 'node:crypto';
import { withoutImageProxy } from '../images/sources.ts';
import { LANGUAGES } from '../../translations/index.ts';

/** The languages built (SITE_LANGUAGES): every page's switcher and hreflang list them, so a page cached under other languages is stale. */
const BUILT = LANGUAGES.map((language) => language.code).join(',');

/** A short hash of JSON-serialisable inputs and the languages built; the order of `inputs` matters. */
export function cacheKeyOf(...inputs: readonly unknown[]): string {
	// Images' metadata is read as a plain copy: reading Astro's proxy would publish their original files.
	return createHash('sha256')
		.update(JSON.stringify([BUILT, ...inputs], (_key, value: unknown) => withoutImageProxy(value)))
		.digest('base64url')
		.slice(0, 32);
}

/** Adds to each static path a key made of its props and the `more` inputs the page reads besides them. */
export function withCacheKeys<T extends { props: unknown }>(
	paths: readonly T[],
	more: (path: T) => readonly unknown[] = () => [],
): (T & { cacheKey: string })[] {
	return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(path.props, ...more(path)) }));
}
