/** /publications/<slug>/cite.bib, .ris, .json: every edition's reference for citation managers, the page's edition first, beside each version's page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deploymentOf } from '../../../../data/deployment.ts';
import { CITATION_FORMATS, editionsOf, type CitationFormat } from '../../../../data/publication.ts';
import { langParam } from '../../../../data/routes.ts';
import { getSite, pageLanguageOfEntry, slugOf, type AnyEntry } from '../../../../data/site.ts';
import { bibtex, cslJson, ris, type CslRecord } from '../../../../lib/publications/citation.ts';

const RENDER: Record<CitationFormat, (records: readonly CslRecord[]) => string> = { bib: bibtex, ris, json: cslJson };

export const getStaticPaths = (async () => {
	const site = await getSite();
	return (site.index.byType['publications'] ?? [])
		.flatMap((work) => site.versions.get(work.id)!)
		.flatMap((entry) =>
			(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
				params: { lang: langParam(pageLanguageOfEntry(entry)), type: entry.collection, slug: slugOf(entry), format },
				props: { entry, format },
			})),
		);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: AnyEntry; format: CitationFormat }> = async (context) => {
	const { entry, format } = context.props;
	const records = editionsOf(await getSite(), entry, deploymentOf(context)).map((edition) => edition.record);
	return new Response(RENDER[format](records), { headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` } });
};
