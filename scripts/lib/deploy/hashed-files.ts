/**
 * The files of a release named by a hash of their contents, which a page or
 * a search entry file of that release names and a reader may ask for after
 * the next release went live: they stay reachable in the releases that follow
 * (scripts/deploy.ts copies them forward), and never change.
 */

/** Paths (relative to the base path's folder) of hashed files, compressed twins included: the same set site.conf caches for a year, plus Pagefind's metadata files; the full-text index has a bundle per language (`pagefind/<lang>/`). */
const HASHED = /^(_astro\/|pagefind(\/[a-z]{2,3}|-browse)\/(index|fragment|filter)\/|pagefind(\/[a-z]{2,3}|-browse)\/pagefind\.[^/]+\.pf_meta$)/;

/** True for a hashed file. */
export function isHashedFile(path: string): boolean {
	return HASHED.test(path);
}

/**
 * The same set as `find` tests, for the shell script that lists a release's
 * own hashed files on the target (`-path` patterns under `$dir`).
 */
export const FIND_PATTERNS = [
	'_astro/*',
	'pagefind/*/index/*',
	'pagefind/*/fragment/*',
	'pagefind/*/filter/*',
	'pagefind-browse/index/*',
	'pagefind-browse/fragment/*',
	'pagefind-browse/filter/*',
	'pagefind/*/pagefind.*.pf_meta',
	'pagefind-browse/pagefind.*.pf_meta',
];
