/** /api/v1/…: the static data API (src/data/api.ts), every document made once per build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiDocument, apiDocumentsOnce } from '../../../data/api.ts';
import { cacheKeyOf } from '../../../lib/build-cache/cache-key.ts';
import { getSite } from '../../../data/site.ts';
import { API_ROOT } from '../../../schemas/api.ts';

const deployment = () => ({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

export const getStaticPaths = (async () => {
	const documents = await apiDocumentsOnce(await getSite(), deployment());
	// Keyed by their own bytes: a rebuild leaves every unchanged document as it was (and the publish links it, not copies it).
	return [...documents.keys()].map((path) => ({
		params: { document: path.slice(API_ROOT.length) },
		cacheKey: cacheKeyOf(apiDocument(documents, path)),
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const path = `${API_ROOT}${params.document}`;
	const body = apiDocument(await apiDocumentsOnce(await getSite(), deployment()), path)!;
	const type = path.endsWith('.ndjson') ? 'application/x-ndjson' : path.includes('/schemas/') ? 'application/schema+json' : 'application/json';
	return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
