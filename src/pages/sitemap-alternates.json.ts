/**
 * Build-time only: each entry page's versions in other languages and its
 * last change, for the sitemap (src/integrations/sitemap-alternates.ts reads
 * this file and deletes it, so it is never deployed). Other pages exist in
 * every language at the same path under its prefix, which the sitemap
 * works out from the URL.
 */
import type { APIRoute } from 'astro';
import { hreflangs } from '../data/alternates.ts';
import { entryPath, getSite, pageLanguageOfEntry } from '../data/site.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const pages = Object.fromEntries(
		[...site.versions.values()].flatMap((versions) => {
			const all = versions.map((version) => ({ lang: version.data.lang, path: entryPath(version) }));
			return versions.map((version) => [
				entryPath(version),
				{ alternates: hreflangs({ path: entryPath(version), lang: pageLanguageOfEntry(version), versions: all }), lastmod: version.data.date },
			]);
		}),
	);
	return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
