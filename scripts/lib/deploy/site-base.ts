/** The base path a built site was made for, as its sitemap index records it (the deploy lays the release out under it). */

/** The base path (`/` or `/sub/path/`) from the text of a build's sitemap-index.xml; throws when it names no sitemap. */
export function siteBase(sitemapIndex: string): string {
	const loc = /<loc>([^<]+)<\/loc>/.exec(sitemapIndex)?.[1];
	if (!loc) throw new Error('sitemap-index.xml names no sitemap: give --base');
	const path = new URL(loc.trim()).pathname;
	return path.slice(0, path.lastIndexOf('/') + 1);
}
