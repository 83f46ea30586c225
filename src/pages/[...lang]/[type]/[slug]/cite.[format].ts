/** /publications/<slug>/cite.bib, .ris, .json: every edition's reference for citation managers, the page's edition first, beside each version's page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deploymentOf } from '../../../../data/deployment.ts';
import { CITATION_FORMATS, editionsOf, type CitationFormat } from '../../../../data/publication.ts';
import { langParam } from '../../../../data/routes.ts';
import { getSite, pageLanguageOfEntry, slugOf, type AnyEntry } from '../../../../data/site.ts';
import { cacheKeyOf } from '../../../../lib/build-cache/cache-key.ts';
import { bibtex, cslJson, ris, type CslRecord } from '../../../../lib/publications/citation.ts';

const RENDER: Record<CitationFormat, (records: readonly CslRecord[]) => string> = { bib: bibtex, ris, json: cslJson };

export const getStaticPaths = (async () => {
	const site = await getSite();
	const deployment = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };
	return (site.index.byType['publications'] ?? [])
		.flatMap((work) => site.versions.get(work.id)!)
		.flatMap((entry) => {
			// Keyed by the references they hold: a rebuild leaves the files of unchanged publications as they were.
			const records = editionsOf(site, entry, deployment).map((edition) => edition.record);
			return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
				params: { lang: langParam(pageLanguageOfEntry(entry)), type: entry.collection, slug: slugOf(entry), format },
				props: { entry, format },
				cacheKey: cacheKeyOf(format, records),
			}));
		});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: AnyEntry; format: CitationFormat }> = async (context) => {
	const { entry, format } = context.props;
	const records = editionsOf(await getSite(), entry, deploymentOf(context)).map((edition) => edition.record);
	return new Response(RENDER[format](records), { headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` } });
};
