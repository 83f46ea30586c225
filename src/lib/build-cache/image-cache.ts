/**
 * Astro's optimised-image cache (`<cacheDir>/assets/`) keeps every file its
 * image pipeline ever made, and Astro never prunes it: a changed size or
 * quality, or a removed photo, would leave its files there (and, without the
 * stale-output integration, in every deploy) for good.
 */

/** Where the build lists the image files in use (src/pages/images-in-use.txt.ts), relative to the output; removed once read. */
export const IMAGES_IN_USE = 'images-in-use.txt';

/** The cache's files to delete: each image file not in use, and its metadata (`<file>.json`, kept for remote images). */
export function cacheFilesToPrune(names: readonly string[], inUse: ReadonlySet<string>): string[] {
	return names.filter((name) => !inUse.has(name.endsWith('.json') ? name.slice(0, -'.json'.length) : name));
}
