/**
 * Build-time only: the records of the browse index (entries newest first when
 * there is no query). The Pagefind integration turns this file into
 * `pagefind-browse/` and deletes it, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { searchEntryOf } from '../../data/search-entry.ts';
import { getSite } from '../../data/site.ts';
import { browseRecord } from '../../lib/search/record.ts';

export const GET: APIRoute = async ({ locals }) => {
	const site = await getSite();
	const records = [...site.entries.values()].map((entry) => browseRecord(searchEntryOf(entry, site, locals.lang, import.meta.env.BASE_URL), locals.lang));
	return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
