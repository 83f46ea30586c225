/** /opensearch.xml, /fr/opensearch.xml…: an OpenSearch description of the site's search in each language, so browsers can add it as a search engine. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../data/routes.ts';
import { absoluteUrl } from '../../lib/routing/paths.ts';
import { escapeXml } from '../../lib/feeds/model.ts';

export const getStaticPaths = (() => inEveryLanguage(() => [{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, locals }) => {
	const { lang, t, paths } = locals;
	const url = (path: string) => absoluteUrl(path, site!.href, import.meta.env.BASE_URL);
	// ShortName is at most 16 characters (OpenSearch 1.1): the organisation's short name.
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${escapeXml(t('site.ownerShort'))}</ShortName>
	<Description>${escapeXml(t('opensearch.description', { site: t('site.name') }))}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>${lang}</Language>
	<Image width="16" height="16" type="image/svg+xml">${escapeXml(url('/favicon.svg'))}</Image>
	<Url type="text/html" method="get" template="${escapeXml(url(paths.search()))}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(url(paths.openSearch()))}"/>
	<moz:SearchForm>${escapeXml(url(paths.search()))}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
