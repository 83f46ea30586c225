/**
 * Build-time only: the records of the browse index (entries newest first when
 * there is no query). The Pagefind integration turns this file into
 * `pagefind-browse/` and deletes it, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { getSite, searchEntryOf } from '../../data/site.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';
import { browseRecord } from '../../lib/search/record.ts';

export const GET: APIRoute = async () => {
	const { entries } = await getSite();
	const t = useTranslations();
	const records = [...entries.values()].map((entry) => browseRecord(searchEntryOf(entry, t, import.meta.env.BASE_URL)));
	return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
