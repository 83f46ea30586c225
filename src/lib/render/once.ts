/**
 * Rendered HTML kept by key for the length of a build: the site header and footer are the same on every page of a
 * language and section, so each variant is rendered once and repeated instead of once per page.
 */

/** HTML fragments by key; a pending render is shared by the pages that ask for it meanwhile. */
export type FragmentCache = Map<string, Promise<string>>;

/** The build's cache of shared fragments (one module instance renders every page of a build). */
export const sharedFragments: FragmentCache = new Map();

/**
 * The HTML `render` gives for `key`, rendered on the first call only. Equal keys must mean equal HTML: the key names
 * everything the fragment depends on. A render that fails is not kept, so every page that needs it fails with the cause.
 */
export function renderOnce(cache: FragmentCache, key: string, render: () => Promise<string>): Promise<string> {
	const cached = cache.get(key);
	if (cached) return cached;
	const pending = render();
	cache.set(key, pending);
	pending.catch(() => {
		if (cache.get(key) === pending) cache.delete(key);
	});
	return pending;
}
