/**
 * Build-time only: the records of the browse index (entries newest first when
 * there is no query), one per version of each work, each saying which page
 * languages list it. The Pagefind integration turns this file into
 * `pagefind-browse/` and deletes it, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { searchEntryOf } from '../../data/search-entry.ts';
import { socialImagesOf } from '../../lib/images/social.ts';
import { entryPictureOf } from '../../data/publication.ts';
import { entryPath, getSite, pageLanguageOfEntry, versionIn } from '../../data/site.ts';
import { browseRecord } from '../../lib/search/record.ts';
import { LANGUAGES } from '../../translations/index.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const images = await socialImagesOf([...site.versions.values()].flat(), import.meta.env.BASE_URL, entryPictureOf);
	const records = [...site.versions.entries()].flatMap(([slug, versions]) =>
		versions.map((version) =>
			browseRecord(
				searchEntryOf(version, site, pageLanguageOfEntry(version), import.meta.env.BASE_URL, images.get(version)),
				entryPath(version),
				LANGUAGES.filter((language) => versionIn(site, slug, language.code) === version).map((language) => language.code),
			),
		),
	);
	return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
